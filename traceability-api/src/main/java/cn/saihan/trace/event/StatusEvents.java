package cn.saihan.trace.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the trace event of a hold, release or recall on every lot it reaches, with one statement per
 * thousand lots in the caller's transaction: a hold of a lot with a thousand lots downstream writes a thousand events
 * at once. Its details are the same for every lot reached (the reason and the cause), so they are
 * written as JSON once. These events are audited by the change that writes them, as one entry, and
 * they are each lot's history of its status.
 */
@Component
public class StatusEvents {

	/** One statement per thousand lots: an {@code IN} list every database takes. */
	private static final int PART = 1000;

	private static final String INSERT = """
			insert into trace_event (lot_id, type, occurred_at, location, details, recorded_by, recorded_at)
			select id, :type, :at, :location, :details, :by, :at from lot where id in (:ids)""";

	private final NamedParameterJdbcTemplate named;

	private final JsonMapper json;

	StatusEvents(JdbcTemplate jdbc, JsonMapper json) {
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.json = json;
	}

	/** A change of status as recorded on one lot; {@code details} {@code null} where stored ones cannot be read. */
	public record Recorded(TraceEventType type, EventDetails.StatusChange details, Instant at, String by) {
	}

	/** The lot's changes of status, in the order they were recorded. */
	@Transactional(readOnly = true)
	public List<Recorded> ofLot(long lotId) {
		return named.query("""
				select type, details, occurred_at, recorded_by from trace_event
				where lot_id = :lot and type in ('HELD', 'RELEASED', 'RECALLED') order by id""", Map.of("lot", lotId),
				(row, n) -> {
					TraceEventType type = TraceEventType.valueOf(row.getString("type"));
					EventDetails details = EventDetails.read(type, row.getString("details"));
					return new Recorded(type, details instanceof EventDetails.StatusChange change ? change : null,
							row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getString("recorded_by"));
				});
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(List<Long> lotIds, EventDetails.StatusChange details, Instant at, String location,
			String recordedBy) {
		TraceEventType type = details instanceof EventDetails.Held ? TraceEventType.HELD
				: details instanceof EventDetails.Released ? TraceEventType.RELEASED : TraceEventType.RECALLED;
		String stored = json.writeValueAsString(details);
		OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
		for (int from = 0; from < lotIds.size(); from += PART) {
			named.update(INSERT, Map.of("type", type.name(), "at", when, "location", location, "details", stored,
					"by", recordedBy, "ids", lotIds.subList(from, Math.min(lotIds.size(), from + PART))));
		}
	}
}
