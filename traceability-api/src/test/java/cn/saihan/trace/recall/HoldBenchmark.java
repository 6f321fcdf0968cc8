package cn.saihan.trace.recall;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.saihan.trace.account.Actor;
import cn.saihan.trace.account.Role;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;

/**
 * Holds a lot with 1,000 lots downstream (a tree, ten outputs per lot) in one transaction — holds in
 * force, statuses, history, a trace event on every lot, the audit entry — and compares it with the
 * bare recursive walk plus one batched status update of the same lots, in the same run. Each round's
 * hold is released (not timed) before the next. Run with {@code mvn -B -Pbench test -pl traceability-api
 * -Dtest=HoldBenchmark}.
 */
@TraceIntegrationTest
class HoldBenchmark {

	private static final int DOWNSTREAM = 1_000;

	private static final int ROUNDS = 15;

	private static final Actor BUREAU = new Actor(RegistryClient.BUREAU_USER, Role.BUREAU, null);

	private static final String BARE_WALK = """
			WITH RECURSIVE walk(output_lot_id, depth) AS (
			    SELECT output_lot_id, 1 FROM lot_input WHERE input_lot_id = ?
			    UNION ALL
			    SELECT li.output_lot_id, w.depth + 1
			    FROM lot_input li JOIN walk w ON li.input_lot_id = w.output_lot_id
			    WHERE w.depth < 100
			)
			SELECT DISTINCT output_lot_id FROM walk""";

	@Autowired
	RegistryClient registry;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HoldService holds;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void holdALotWithAThousandLotsDownstream() {
		long producer = registry.producer("基准测试合作社", "jinhe");
		long root = generateTree(producer);
		String rootCode = jdbc.queryForObject("select lot_code from lot where id = ?", String.class, root);

		double[] ours = new double[ROUNDS];
		double[] bare = new double[ROUNDS];
		long reached = 0;
		for (int round = 0; round < ROUNDS; round++) {
			long start = System.nanoTime();
			holds.hold(rootCode, "基准测试 " + round, BUREAU);
			ours[round] = (System.nanoTime() - start) / 1e9;
			reached = jdbc.queryForObject("select count(*) from lot where status = 'HELD'", Long.class);
			holds.release(rootCode, "基准测试结束 " + round, BUREAU);

			start = System.nanoTime();
			transactions.executeWithoutResult(tx -> {
				List<Long> ids = new ArrayList<>(jdbc.queryForList(BARE_WALK, Long.class, root));
				ids.add(root);
				Timestamp now = Timestamp.from(Instant.now());
				jdbc.batchUpdate("UPDATE lot SET status = 'HELD', status_reason = ?, status_since = ? WHERE id = ?",
						ids.stream().map(id -> new Object[] { "bare", now, id }).toList());
			});
			bare[round] = (System.nanoTime() - start) / 1e9;
			jdbc.update("UPDATE lot SET status = 'ACTIVE', status_reason = NULL, status_since = NULL WHERE status = 'HELD'");
		}
		double oursMedian = median(ours);
		double bareMedian = median(bare);
		System.out.printf("bench hold lots=%d ours_seconds=%.4f bare_sql_seconds=%.4f%n", reached, oursMedian,
				bareMedian);
		System.out.printf("bench hold seconds=%.4f%n", oursMedian);
		System.out.printf("bench hold ratio=%.2f%n", oursMedian / bareMedian);
	}

	/** Inserts the root and a tree of 1,000 lots made from it with plain JDBC batches: ten outputs per lot. */
	private long generateTree(long producer) {
		Timestamp now = Timestamp.from(Instant.now());
		LocalDate harvest = LocalDate.of(2025, 7, 1);
		List<Object[]> lots = new ArrayList<>();
		for (int i = 0; i <= DOWNSTREAM; i++) {
			lots.add(new Object[] { "HOLD-BENCH-" + i, producer, "TPZ-TOMATO", harvest, 1000, 5, 5000,
					"SELF_COMMITMENT", harvest, now, "bench", i == 0 ? "HARVEST" : "TRANSFORMATION" });
		}
		jdbc.batchUpdate("""
				INSERT INTO lot (lot_code, producer_id, product_code, harvest_date, quantity_kg, unit_price_yuan,
				  value_yuan, compliance_basis, compliance_issued_on, registered_at, registered_by, origin)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lots);
		long first = jdbc.queryForObject("select id from lot where lot_code = 'HOLD-BENCH-0'", Long.class);
		List<Object[]> events = new ArrayList<>();
		for (int i = 1; i <= DOWNSTREAM; i++) {
			events.add(new Object[] { first + i, now, "hold-bench", "{}", "bench", now });
		}
		jdbc.batchUpdate("""
				INSERT INTO trace_event (lot_id, type, occurred_at, location, details, recorded_by, recorded_at)
				VALUES (?, 'TRANSFORMED', ?, ?, ?, ?, ?)""", events);
		long firstEvent = jdbc.queryForObject("select min(id) from trace_event where location = 'hold-bench'",
				Long.class);
		List<Object[]> links = new ArrayList<>();
		for (int i = 1; i <= DOWNSTREAM; i++) {
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
