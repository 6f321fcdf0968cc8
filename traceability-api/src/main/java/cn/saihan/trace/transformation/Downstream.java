package cn.saihan.trace.transformation;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lots made from a lot by transformation, at any depth: what a hold or a recall of it covers. One
 * recursive query of ids alone (no lot rows joined), so that a lot with a thousand lots downstream
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
			SELECT DISTINCT output_lot_id FROM walk ORDER BY output_lot_id""";

	private final JdbcTemplate jdbc;

	Downstream(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of every lot downstream of {@code lotId}, not itself, in ascending order. */
	public List<Long> lotIdsOf(long lotId) {
		return jdbc.queryForList(IDS, Long.class, lotId, LotGraph.MAX_DEPTH);
	}
}
