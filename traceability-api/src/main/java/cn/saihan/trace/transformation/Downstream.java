package cn.saihan.trace.transformation;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lots made from a lot by transformation, at any depth: what a hold or a recall of it covers. One
 * recursive query of ids, then each lot's code once, so that a lot with a thousand lots downstream
 * costs one round trip.
 */
@Component
public class Downstream {

	private static final String IDS = """
			WITH RECURSIVE walk(output_lot_id, depth) AS (
			    SELECT output_lot_id, 1 FROM lot_input WHERE input_lot_id = ?
			    UNION ALL
			    SELECT li.output_lot_id, w.depth + 1
			    FROM lot_input li JOIN walk w ON li.input_lot_id = w.output_lot_id
			    WHERE w.depth < ?
			)
			SELECT DISTINCT l.id, l.lot_code FROM walk w JOIN lot l ON l.id = w.output_lot_id ORDER BY l.id""";

	private final JdbcTemplate jdbc;

	Downstream(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A lot reached, by id and code. */
	public record Reached(long id, String lotCode) {
	}

	/** Every lot downstream of {@code lotId}, not itself, in ascending order of id. */
	public List<Reached> lotsOf(long lotId) {
		return jdbc.query(IDS, (row, n) -> new Reached(row.getLong(1), row.getString(2)), lotId, LotGraph.MAX_DEPTH);
	}
}
