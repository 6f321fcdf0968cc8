package cn.saihan.trace.transformation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SHIPPED and RECEIVED events of a set of lots, read in one query. */
@Component
class Shipments {

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	/**
	 * One movement of a lot.
	 *
	 * @param party the receiver of a shipment, or the sender of a receipt
	 * @param quantityKg the quantity the event names, or {@code null} when it moved the whole lot
	 * @param document the reference document (e.g. a delivery note number), if recorded
	 */
	record Movement(long lotId, String type, OffsetDateTime occurredAt, String location, String party,
			BigDecimal quantityKg, String document) {
	}

	private final NamedParameterJdbcTemplate named;

	private final JsonMapper json;

	Shipments(JdbcTemplate jdbc, JsonMapper json) {
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.json = json;
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
						Map<String, Object> details = json.readValue(row.getString("details"), DETAILS);
						String type = row.getString("type");
						Object quantity = details.get("quantityKg");
						Object document = details.get("documentNo");
						movements.add(new Movement(row.getLong("lot_id"), type,
								row.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(zone)
									.toOffsetDateTime(),
								row.getString("location"),
								String.valueOf(details.get("SHIPPED".equals(type) ? "to" : "from")),
								quantity == null ? null : new BigDecimal(quantity.toString()),
								document == null ? null : document.toString()));
					});
		}
		return movements;
	}
}
