package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.indicator.Indicator12Result.ProductShare;
import cn.saihan.trace.indicator.Indicator12Result.TownShare;
import cn.saihan.trace.indicator.Indicator12Result.TypeShare;

/** Stored indicator 12 results: one per year, replaced whole by each finished run. */
@Repository
public class Indicator12Results {

	private static final String TOWN = "TOWN";

	private static final String PRODUCT = "PRODUCT";

	private static final String CERT_TYPE = "CERT_TYPE";

	private final JdbcClient jdbc;

	Indicator12Results(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The year's result. Its previous year's share and trend are those of the previous year's result
	 * as it stands now, not as it stood when this year was computed: a run of the previous year shows
	 * in this year's trend at once, without running this year again.
	 */
	@Transactional(readOnly = true)
	public Optional<Indicator12Result> find(int year) {
		return findAsComputed(year).map(result -> {
			BigDecimal previous = share(year - 1).orElse(null);
			return new Indicator12Result(result.year(), result.jobExecutionId(), result.denominatorBasis(),
					result.denominatorYuan(), result.greenOrganicValueYuan(), result.share(), result.sanpinValueYuan(),
					result.sanpinShare(), result.greenOrganicSpecialtyValueYuan(), result.greenOrganicSpecialtyShare(),
					result.overApprovedValueYuan(), result.byCertType(), result.byTown(), result.byProduct(), previous,
					Trend.of(result.share(), previous), result.lotCount(), result.computedAt());
		});
	}

	/** The latest year that has a result, if any has. */
	@Transactional(readOnly = true)
	public Optional<Integer> latestYear() {
		return jdbc.sql("select max(stat_year) from indicator12_result").query(Integer.class).optional();
	}

	/** Every year with a result, latest first. */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		return jdbc.sql("select stat_year from indicator12_result order by stat_year desc").query(Integer.class).list();
	}

	/** A year's headline share; empty when the year has no result, or a result without a share (no output). */
	private Optional<BigDecimal> share(int year) {
		return jdbc.sql("select share from indicator12_result where stat_year = ?").param(year)
			.query(BigDecimal.class).optional();
	}

	/** The result as its run stored it, with the previous year's share as it was then. */
	private Optional<Indicator12Result> findAsComputed(int year) {
		return jdbc.sql("""
				select job_execution_id, denominator_basis, denominator_yuan, green_organic_value_yuan, share,
				       sanpin_value_yuan, sanpin_share, previous_year_share, trend, lot_count, computed_at,
				       green_organic_specialty_value_yuan, green_organic_specialty_share, over_approved_value_yuan
				from indicator12_result where stat_year = ?""")
			.param(year)
			.query((rs, row) -> {
				Map<CertificationType, TypeShare> byType = new EnumMap<>(CertificationType.class);
				List<TownShare> byTown = new ArrayList<>();
				List<ProductShare> byProduct = new ArrayList<>();
				jdbc.sql("""
						select dimension, code, denominator_basis, denominator_yuan, value_yuan,
						       green_organic_value_yuan, share
						from indicator12_breakdown where stat_year = ? order by dimension, code""")
					.param(year)
					.query(b -> {
						String code = b.getString("code");
						BigDecimal value = b.getBigDecimal("value_yuan");
						BigDecimal share = b.getBigDecimal("share");
						switch (b.getString("dimension")) {
							case TOWN -> byTown.add(new TownShare(code, basis(b.getString("denominator_basis")),
									b.getBigDecimal("denominator_yuan"), value, b.getBigDecimal("green_organic_value_yuan"),
									share));
							case PRODUCT -> byProduct.add(new ProductShare(code, value,
									b.getBigDecimal("green_organic_value_yuan"), share));
							case CERT_TYPE -> byType.put(CertificationType.valueOf(code), new TypeShare(value, share));
							default -> throw new IllegalStateException("Unknown breakdown " + b.getString("dimension"));
						}
					});
				String trend = rs.getString("trend");
				return new Indicator12Result(year, rs.getLong("job_execution_id"),
						basis(rs.getString("denominator_basis")), rs.getBigDecimal("denominator_yuan"),
						rs.getBigDecimal("green_organic_value_yuan"), rs.getBigDecimal("share"),
						rs.getBigDecimal("sanpin_value_yuan"), rs.getBigDecimal("sanpin_share"),
						rs.getBigDecimal("green_organic_specialty_value_yuan"),
						rs.getBigDecimal("green_organic_specialty_share"), rs.getBigDecimal("over_approved_value_yuan"),
						byType, byTown,
						byProduct, rs.getBigDecimal("previous_year_share"), trend == null ? null : Trend.valueOf(trend),
						rs.getLong("lot_count"), rs.getObject("computed_at", OffsetDateTime.class));
			})
			.optional();
	}

	/** Deletes the year's old result and stores the new one, in the caller's transaction. */
	@Transactional
	public void replace(Indicator12Result result) {
		int year = result.year();
		jdbc.sql("delete from indicator12_breakdown where stat_year = ?").param(year).update();
		jdbc.sql("delete from indicator12_result where stat_year = ?").param(year).update();
		jdbc.sql("""
				insert into indicator12_result (stat_year, job_execution_id, denominator_basis, denominator_yuan,
				    green_organic_value_yuan, share, sanpin_value_yuan, sanpin_share, previous_year_share, trend,
				    lot_count, computed_at, green_organic_specialty_value_yuan, green_organic_specialty_share,
				    over_approved_value_yuan)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(year, result.jobExecutionId(), result.denominatorBasis().name(), result.denominatorYuan(),
					result.greenOrganicValueYuan(), result.share(), result.sanpinValueYuan(), result.sanpinShare(),
					result.previousYearShare(), result.trend() == null ? null : result.trend().name(),
					result.lotCount(), result.computedAt(), result.greenOrganicSpecialtyValueYuan(),
					result.greenOrganicSpecialtyShare(), result.overApprovedValueYuan())
			.update();
		String insert = """
				insert into indicator12_breakdown (stat_year, dimension, code, denominator_basis, denominator_yuan,
				    value_yuan, green_organic_value_yuan, share)
				values (?, ?, ?, ?, ?, ?, ?, ?)""";
		result.byCertType().forEach((type, s) -> jdbc.sql(insert)
			.params(year, CERT_TYPE, type.name(), result.denominatorBasis().name(), result.denominatorYuan(),
					s.valueYuan(), null, s.share())
			.update());
		result.byTown().forEach(t -> jdbc.sql(insert)
			.params(year, TOWN, t.townCode(), t.denominatorBasis().name(), t.denominatorYuan(), t.valueYuan(),
					t.greenOrganicValueYuan(), t.share())
			.update());
		result.byProduct().forEach(p -> jdbc.sql(insert)
			.params(year, PRODUCT, p.productCode(), DenominatorBasis.REGISTERED_LOTS.name(), p.valueYuan(),
					p.valueYuan(), p.greenOrganicValueYuan(), p.share())
			.update());
	}

	private static DenominatorBasis basis(String name) {
		return name == null ? null : DenominatorBasis.valueOf(name);
	}
}
