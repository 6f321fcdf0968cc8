package cn.saihan.trace.transformation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Walks the links between lots with one recursive SQL query per direction (H2 and PostgreSQL both
 * speak {@code WITH RECURSIVE}), so that a graph of thousands of lots costs one round trip.
 */
@Component
class LotGraph {

	/** Lots are never made from their own outputs, so a walk ends; this bound guards bad data. */
	static final int MAX_DEPTH = 100;

	/**
	 * The walk, then one join for what a trace shows of each lot reached: the recursive part
	 * carries only ids, so the lot and producer rows are read once per lot, not once per path.
	 */
	private static final String WALK = """
			WITH RECURSIVE walk(input_lot_id, output_lot_id, quantity_kg, depth) AS (
			    SELECT input_lot_id, output_lot_id, quantity_kg, 1 FROM lot_input WHERE %1$s = ?
			    UNION ALL
			    SELECT li.input_lot_id, li.output_lot_id, li.quantity_kg, w.depth + 1
			    FROM lot_input li JOIN walk w ON li.%1$s = w.%2$s
			    WHERE w.depth < ?
			)
			SELECT w.input_lot_id, w.output_lot_id, w.quantity_kg, w.depth,
			       i.lot_code AS input_code, o.lot_code AS output_code,
			       r.id, r.lot_code, r.product_code, r.harvest_date, r.quantity_kg AS lot_quantity_kg,
			       p.id AS producer_id, p.name AS producer_name, p.town_code
			FROM (SELECT input_lot_id, output_lot_id, quantity_kg, MIN(depth) AS depth FROM walk
			      GROUP BY input_lot_id, output_lot_id, quantity_kg) w
			JOIN lot i ON i.id = w.input_lot_id
			JOIN lot o ON o.id = w.output_lot_id
			JOIN lot r ON r.id = w.%2$s
			JOIN producer p ON p.id = r.producer_id""";

	private static final String DOWNSTREAM = WALK.formatted("input_lot_id", "output_lot_id");

	private static final String UPSTREAM = WALK.formatted("output_lot_id", "input_lot_id");

	/**
	 * One link of the graph, {@code quantityKg} of lot {@code from} went into lot {@code to}, with
	 * the lot the walk reached through it ({@code to} going down, {@code from} going up).
	 */
	record Edge(long fromId, long toId, String fromCode, String toCode, BigDecimal quantityKg, int depth,
			LotSummary reached) {
	}

	/** What a trace shows of a lot. */
	record LotSummary(long id, String lotCode, String productCode, LocalDate harvestDate, BigDecimal quantityKg,
			long producerId, String producerName, String townCode) {
	}

	private final JdbcTemplate jdbc;

	LotGraph(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Edge> downstream(long lotId, int maxDepth) {
		return walk(DOWNSTREAM, lotId, maxDepth);
	}

	List<Edge> upstream(long lotId, int maxDepth) {
		return walk(UPSTREAM, lotId, maxDepth);
	}

	private List<Edge> walk(String sql, long lotId, int maxDepth) {
		return jdbc.query(sql, (row, n) -> new Edge(row.getLong("input_lot_id"), row.getLong("output_lot_id"),
				row.getString("input_code"), row.getString("output_code"), row.getBigDecimal("quantity_kg"),
				row.getInt("depth"), summary(row)), lotId, Math.min(maxDepth, MAX_DEPTH));
	}

	LotSummary summary(long lotId) {
		return jdbc.queryForObject("""
				SELECT r.id, r.lot_code, r.product_code, r.harvest_date, r.quantity_kg AS lot_quantity_kg,
				       p.id AS producer_id, p.name AS producer_name, p.town_code
				FROM lot r JOIN producer p ON p.id = r.producer_id WHERE r.id = ?""", (row, n) -> summary(row), lotId);
	}

	private static LotSummary summary(ResultSet row) throws SQLException {
		return new LotSummary(row.getLong("id"), row.getString("lot_code"), row.getString("product_code"),
				row.getObject("harvest_date", LocalDate.class), row.getBigDecimal("lot_quantity_kg"),
				row.getLong("producer_id"), row.getString("producer_name"), row.getString("town_code"));
	}

}
