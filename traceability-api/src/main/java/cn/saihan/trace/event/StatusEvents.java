package cn.saihan.trace.event;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the trace event of a hold, release or recall on every lot it reaches, with one JDBC batch in
 * the caller's transaction: a hold of a lot with a thousand lots downstream writes a thousand events
 * at once. Its details are the same for every lot reached (the reason and the cause), so they are
 * written as JSON once. These events are audited by the change that writes them, as one entry.
 */
@Component
public class StatusEvents {

	private static final String INSERT = """
			insert into trace_event (lot_id, type, occurred_at, location, details, recorded_by, recorded_at)
			values (?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	StatusEvents(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(List<Long> lotIds, EventDetails.StatusChange details, Instant at, String location,
			String recordedBy) {
		TraceEventType type = details instanceof EventDetails.Held ? TraceEventType.HELD
				: details instanceof EventDetails.Released ? TraceEventType.RELEASED : TraceEventType.RECALLED;
		String stored = json.writeValueAsString(details);
		OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
		jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				ps.setLong(1, lotIds.get(i));
				ps.setString(2, type.name());
				ps.setObject(3, when);
				ps.setString(4, location);
				ps.setString(5, stored);
				ps.setString(6, recordedBy);
				ps.setObject(7, when);
			}

			@Override
			public int getBatchSize() {
				return lotIds.size();
			}
		});
	}
}
