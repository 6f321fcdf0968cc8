package cn.saihan.trace.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes trace events straight into {@code trace_event}, past every check of the API: events as
 * they may have been stored before their details were checked, or by hand. Only for tests that
 * prove every reader copes with them; all other fixtures go through {@link RegistryClient}.
 */
public final class StoredEvents {

	private StoredEvents() {
	}

	/** Stores an event of the lot with these details, exactly as given; returns its id. */
	public static long write(JdbcTemplate jdbc, String lotCode, String type, OffsetDateTime occurredAt,
			String details) {
		long lotId = jdbc.queryForObject("SELECT id FROM lot WHERE lot_code = ?", Long.class, lotCode);
		jdbc.update("""
				INSERT INTO trace_event (lot_id, type, occurred_at, location, details, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", lotId, type, occurredAt, "金河镇 手工录入", details, "by-hand",
				OffsetDateTime.now(ZoneOffset.UTC));
		return jdbc.queryForObject("SELECT MAX(id) FROM trace_event WHERE lot_id = ?", Long.class, lotId);
	}
}
