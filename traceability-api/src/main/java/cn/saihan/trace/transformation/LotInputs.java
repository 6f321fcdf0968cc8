package cn.saihan.trace.transformation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The links from input lots to the lots made from them. */
@Repository
class LotInputs {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	LotInputs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	void link(long outputLotId, long inputLotId, BigDecimal quantityKg, long eventId) {
		jdbc.update("INSERT INTO lot_input (output_lot_id, input_lot_id, quantity_kg, event_id) VALUES (?, ?, ?, ?)",
				outputLotId, inputLotId, quantityKg, eventId);
	}

	/** How much of each lot earlier transformations have already used. */
	Map<Long, BigDecimal> usedOf(Collection<Long> lotIds) {
		if (lotIds.isEmpty()) {
			return Map.of();
		}
		return named.query("""
				SELECT input_lot_id, SUM(quantity_kg) AS used FROM lot_input
				WHERE input_lot_id IN (:ids) GROUP BY input_lot_id""", Map.of("ids", lotIds),
				(row, n) -> Map.entry(row.getLong("input_lot_id"), row.getBigDecimal("used")))
			.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	List<Long> outputsOf(long inputLotId) {
		return jdbc.queryForList("SELECT output_lot_id FROM lot_input WHERE input_lot_id = ? ORDER BY output_lot_id",
				Long.class, inputLotId);
	}

	/** One input of a transformed lot, with what the inheritance of certification needs of the output. */
	record Link(long outputLotId, long producerId, String productCode, BigDecimal outputKg, OffsetDateTime occurredAt,
			long inputLotId, BigDecimal kgUsed) {
	}

	/** The inputs of these transformed lots, by output, in the order of the outputs' ids. */
	Map<Long, List<Link>> linksOf(Collection<Long> outputLotIds) {
		if (outputLotIds.isEmpty()) {
			return Map.of();
		}
		return named.query("""
				SELECT li.output_lot_id, l.producer_id, l.product_code, l.quantity_kg, e.occurred_at, li.input_lot_id,
				       li.quantity_kg AS used
				FROM lot_input li JOIN lot l ON l.id = li.output_lot_id JOIN trace_event e ON e.id = li.event_id
				WHERE li.output_lot_id IN (:ids) ORDER BY li.output_lot_id, li.input_lot_id""",
				Map.of("ids", outputLotIds),
				(row, n) -> new Link(row.getLong(1), row.getLong(2), row.getString(3), row.getBigDecimal(4),
						row.getObject(5, OffsetDateTime.class), row.getLong(6), row.getBigDecimal(7)))
			.stream().collect(Collectors.groupingBy(Link::outputLotId, java.util.TreeMap::new, Collectors.toList()));
	}

	/** The lots made directly from any of these lots. */
	Set<Long> outputsOfAny(Collection<Long> inputLotIds) {
		if (inputLotIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(named.queryForList("SELECT output_lot_id FROM lot_input WHERE input_lot_id IN (:ids)",
				Map.of("ids", inputLotIds), Long.class));
	}

	/** The lots a producer made by transformation. */
	Set<Long> transformedBy(long producerId) {
		return new HashSet<>(jdbc.queryForList("""
				SELECT DISTINCT li.output_lot_id FROM lot_input li JOIN lot l ON l.id = li.output_lot_id
				WHERE l.producer_id = ?""", Long.class, producerId));
	}
}
