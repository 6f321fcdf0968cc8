package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The official output figures the bureau enters, one set per year. */
@Repository
public class OfficialOutputs {

	private final JdbcClient jdbc;

	OfficialOutputs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<OfficialOutput> find(int year) {
		return jdbc.sql("select total_yuan from official_output where stat_year = ?").param(year)
			.query(BigDecimal.class).optional()
			.map(total -> {
				Map<String, BigDecimal> byTown = new TreeMap<>();
				jdbc.sql("select town_code, total_yuan from official_town_output where stat_year = ?").param(year)
					.query(rs -> {
						byTown.put(rs.getString(1), rs.getBigDecimal(2));
					});
				return new OfficialOutput(year, total, byTown);
			});
	}

	/**
	 * Replaces the year's figures as a whole: towns left out of a new entry no longer have one. Only
	 * {@link OfficialOutputService} writes, after checking the figures.
	 */
	@Transactional
	void replace(OfficialOutput output, String enteredBy, Instant enteredAt) {
		jdbc.sql("delete from official_town_output where stat_year = ?").param(output.year()).update();
		jdbc.sql("delete from official_output where stat_year = ?").param(output.year()).update();
		jdbc.sql("insert into official_output (stat_year, total_yuan, entered_at, entered_by) values (?, ?, ?, ?)")
			.params(output.year(), output.totalYuan(), OffsetDateTime.ofInstant(enteredAt, ZoneOffset.UTC), enteredBy)
			.update();
		output.byTown().forEach((town, yuan) -> jdbc
			.sql("insert into official_town_output (stat_year, town_code, total_yuan) values (?, ?, ?)")
			.params(output.year(), town, yuan)
			.update());
	}
}
