package cn.saihan.trace.brand;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every status an advantage zone has had, from the date it began: appended, never rewritten. */
@Repository
class ZoneStatusHistory {

	private final JdbcClient jdbc;

	ZoneStatusHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(String zoneCode, ZoneStatus status, LocalDate since, Instant at, String by) {
		jdbc.sql("""
				insert into zone_status (zone_code, status, since, recorded_at, recorded_by)
				values (:zone, :status, :since, :at, :by)""")
			.param("zone", zoneCode)
			.param("status", status.name())
			.param("since", since)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", by)
			.update();
	}

	List<ZoneStatusChange> of(String zoneCode) {
		return jdbc.sql("select status, since from zone_status where zone_code = ? order by since, id")
			.param(zoneCode)
			.query((row, n) -> new ZoneStatusChange(ZoneStatus.valueOf(row.getString("status")),
					row.getObject("since", LocalDate.class)))
			.list();
	}
}
