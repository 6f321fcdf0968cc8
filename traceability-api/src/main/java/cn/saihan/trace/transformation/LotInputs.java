package cn.saihan.trace.transformation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
}
