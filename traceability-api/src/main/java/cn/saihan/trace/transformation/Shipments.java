package cn.saihan.trace.transformation;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import cn.saihan.trace.event.EventDetails;
import cn.saihan.trace.event.Kilograms;
import cn.saihan.trace.event.TraceEventType;

/** SHIPPED and RECEIVED events of a set of lots, read in one query. */
@Component
class Shipments {

	/**
	 * One movement of a lot.
	 *
	 * @param party the receiver of a shipment, or the sender of a receipt; {@code null} if the
	 * stored event names none
	 * @param quantityKg the quantity the event names, or {@code null} when it moved the whole lot
	 * @param document the reference document (e.g. a delivery note number), if recorded
	 */
	record Movement(long lotId, TraceEventType type, OffsetDateTime occurredAt, String location, String party,
			Kilograms quantityKg, String document) {
	}

	private final NamedParameterJdbcTemplate named;

	Shipments(JdbcTemplate jdbc) {
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	List<Movement> of(Collection<Long> lotIds, ZoneId zone) {
		List<Movement> movements = new ArrayList<>();
		List<Long> ids = List.copyOf(lotIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			named.query("""
					SELECT lot_id, type, occurred_at, location, details FROM trace_event
					WHERE lot_id IN (:ids) AND type IN ('SHIPPED', 'RECEIVED')
					  AND id NOT IN (SELECT corrects_event_id FROM trace_event WHERE corrects_event_id IS NOT NULL)
					ORDER BY occurred_at, id""", Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 1000))),
					row -> {
						TraceEventType type = TraceEventType.valueOf(row.getString("type"));
						movements.add(movement(row.getLong("lot_id"), type,
								row.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(zone)
									.toOffsetDateTime(),
								row.getString("location"), EventDetails.read(type, row.getString("details"))));
					});
		}
		return movements;
	}

	private static Movement movement(long lotId, TraceEventType type, OffsetDateTime occurredAt, String location,
			EventDetails details) {
		if (details instanceof EventDetails.Shipped shipped) {
			return new Movement(lotId, type, occurredAt, location, shipped.to(), shipped.quantityKg(),
					shipped.documentNo());
		}
		if (details instanceof EventDetails.Received received) {
			return new Movement(lotId, type, occurredAt, location, received.from(), received.quantityKg(), null);
		}
		// Stored details that are no JSON object at all: the movement happened, its party is unknown.
		return new Movement(lotId, type, occurredAt, location, null, null, null);
	}
}
