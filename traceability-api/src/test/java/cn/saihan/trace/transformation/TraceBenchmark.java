package cn.saihan.trace.transformation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;

/**
 * Traces downstream through a generated graph of 10,000 lots (a tree, ten outputs per lot) and
 * compares the full trace (walk, lot details, shipments) with the bare recursive SQL walk on the
 * same database in the same run. Run with {@code mvn -B -Pbench test -pl traceability-api}.
 */
@TraceIntegrationTest
class TraceBenchmark {

	private static final int LOTS = 10_000;

	private static final int ROUNDS = 7;

	@Autowired
	RegistryClient registry;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TraceService traces;

	/** The baseline: the same recursive walk, bare, returning only ids. */
	private static final String BARE_WALK = """
			WITH RECURSIVE walk(input_lot_id, output_lot_id, depth) AS (
			    SELECT input_lot_id, output_lot_id, 1 FROM lot_input WHERE input_lot_id = ?
			    UNION ALL
			    SELECT li.input_lot_id, li.output_lot_id, w.depth + 1
			    FROM lot_input li JOIN walk w ON li.input_lot_id = w.output_lot_id
			    WHERE w.depth < 100
			)
			SELECT output_lot_id, MIN(depth) FROM walk GROUP BY output_lot_id""";

	@Test
	void traceDownstreamThroughTenThousandLots() {
		long producer = registry.producer("基准测试合作社", "jinhe");
		long root = generateTree(producer);
		String rootCode = jdbc.queryForObject("select lot_code from lot where id = ?", String.class, root);

		double[] ours = new double[ROUNDS];
		double[] bare = new double[ROUNDS];
		int reached = 0;
		for (int round = 0; round < ROUNDS; round++) {
			long start = System.nanoTime();
			reached = traces.trace(rootCode, LotGraph.MAX_DEPTH).downstream().size();
			ours[round] = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			jdbc.queryForList(BARE_WALK, root).size();
			bare[round] = (System.nanoTime() - start) / 1e9;
		}
		double oursMedian = median(ours);
		double bareMedian = median(bare);
		System.out.printf("bench trace lots=%d ours_seconds=%.4f bare_sql_seconds=%.4f%n", reached, oursMedian,
				bareMedian);
		System.out.printf("bench trace seconds=%.4f%n", oursMedian);
		System.out.printf("bench trace ratio=%.2f%n", oursMedian / bareMedian);
	}

	/** Inserts a tree of lots with plain JDBC batches: each lot is the input of up to ten outputs. */
	private long generateTree(long producer) {
		Timestamp now = Timestamp.from(Instant.now());
		LocalDate harvest = LocalDate.of(2025, 7, 1);
		List<Object[]> lots = new ArrayList<>();
		for (int i = 0; i < LOTS; i++) {
			lots.add(new Object[] { "BENCH-" + i, producer, "TPZ-TOMATO", harvest, 1000, 5, 5000, "SELF_COMMITMENT",
					harvest, now, "bench", i == 0 ? "HARVEST" : "TRANSFORMATION" });
		}
		jdbc.batchUpdate("""
				INSERT INTO lot (lot_code, producer_id, product_code, harvest_date, quantity_kg, unit_price_yuan,
				  value_yuan, compliance_basis, compliance_issued_on, registered_at, registered_by, origin)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lots);
		long first = jdbc.queryForObject("select id from lot where lot_code = 'BENCH-0'", Long.class);
		List<Object[]> events = new ArrayList<>();
		for (int i = 1; i < LOTS; i++) {
			events.add(new Object[] { first + i, now, "bench", "{}", "bench", now });
		}
		jdbc.batchUpdate("""
				INSERT INTO trace_event (lot_id, type, occurred_at, location, details, recorded_by, recorded_at)
				VALUES (?, 'TRANSFORMED', ?, ?, ?, ?, ?)""", events);
		long firstEvent = jdbc.queryForObject("select min(id) from trace_event where location = 'bench'", Long.class);
		List<Object[]> links = new ArrayList<>();
		for (int i = 1; i < LOTS; i++) {
			links.add(new Object[] { first + i, first + (i - 1) / 10, 10, firstEvent + i - 1 });
		}
		jdbc.batchUpdate("INSERT INTO lot_input (output_lot_id, input_lot_id, quantity_kg, event_id) VALUES (?, ?, ?, ?)",
				links);
		return first;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
