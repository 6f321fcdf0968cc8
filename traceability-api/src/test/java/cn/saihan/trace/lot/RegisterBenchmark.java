package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;

/**
 * Registers lots one at a time through the API (HTTP, login, the rules, the allocation of approved
 * output, the HARVESTED event, the audit entry, the answer) and through its one transaction
 * ({@link LotService#register}, what the controller calls; the ratio is of this) for a producer whose green licence has an
 * approved output and hundreds of lots already, and compares it with a bare JDBC insert of the same
 * lot and its event, one transaction each, in the same run. Run with
 * {@code mvn -B -Pbench test -pl traceability-api -Dtest=RegisterBenchmark}.
 */
@TraceIntegrationTest
class RegisterBenchmark {

	private static final int LOTS = 300;

	private static final int ROUNDS = 3;

	@Autowired
	RegistryClient registry;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	LotService lots;

	@Test
	void registeringALotThroughTheApiAgainstABareInsertOfTheLotAndItsEvent() {
		long producer = registry.producer("登记基准合作社", "yulin");
		registry.post("/api/v1/producers/" + producer + "/certifications", Map.of("type", "GREEN", "certificateNo",
				RegistryClient.freshGreenNumber(), "productCodes", List.of("TPZ-TOMATO"), "validFrom", "2025-01-01",
				"validTo", "2027-12-31", "approvedOutput", Map.of("TPZ-TOMATO", "100000")));
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		// one untimed round of each warms the JIT, the pools and the page cache
		api(producer, LOTS);
		service(producer, LOTS);
		bare(transaction, producer, LOTS, "W");
		double[] api = new double[ROUNDS];
		double[] service = new double[ROUNDS];
		double[] bare = new double[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			long start = System.nanoTime();
			api(producer, LOTS);
			api[round] = (System.nanoTime() - start) / 1e9 / LOTS;
			start = System.nanoTime();
			service(producer, LOTS);
			service[round] = (System.nanoTime() - start) / 1e9 / LOTS;
			start = System.nanoTime();
			bare(transaction, producer, LOTS, "R" + round);
			bare[round] = (System.nanoTime() - start) / 1e9 / LOTS;
		}
		double baseline = median(bare);
		// The API's figure is mostly HTTP Basic checking the password (a deliberately slow hash) per request.
		System.out.printf("bench register api %.2f ms a lot (rounds %s, login per request included)%n",
				median(api) * 1000, Arrays.toString(api));
		System.out.printf("bench register transaction %.3f ms a lot (rounds %s), bare JDBC lot and event %.3f ms a lot "
				+ "(rounds %s), %d lots a round%n", median(service) * 1000, Arrays.toString(service),
				baseline * 1000, Arrays.toString(bare), LOTS);
		System.out.printf("bench register ratio=%.2f%n", median(service) / baseline);
	}

	private void api(long producer, int lots) {
		for (int i = 0; i < lots; i++) {
			registry.lot(producer, "TPZ-TOMATO", LocalDate.of(2025, 7, 1 + i % 28), "100", "5");
		}
	}

	/** The registration's one transaction as the API's controller calls it: rules, insert, allocation, event, audit. */
	private void service(long producer, int count) {
		for (int i = 0; i < count; i++) {
			lots.register(new LotRequest(producer, "TPZ-TOMATO", LocalDate.of(2025, 7, 1 + i % 28), new BigDecimal("100"),
					new BigDecimal("5"), null, null, null, null), "bench");
		}
	}

	private void bare(TransactionTemplate transaction, long producer, int lots, String round) {
		for (int i = 0; i < lots; i++) {
			String code = "BARE-" + round + "-" + i;
			LocalDate harvest = LocalDate.of(2025, 7, 1 + i % 28);
			transaction.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) connection -> {
				OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
				long id;
				try (PreparedStatement lot = connection.prepareStatement("""
						insert into lot (lot_code, producer_id, product_code, harvest_date, quantity_kg, unit_price_yuan,
						    value_yuan, compliance_basis, compliance_issued_on, registered_at, registered_by)
						values (?, ?, 'TPZ-TOMATO', ?, 100, 5, 500, 'SELF_COMMITMENT', ?, ?, 'bench')""",
						Statement.RETURN_GENERATED_KEYS)) {
					lot.setString(1, code);
					lot.setLong(2, producer);
					lot.setObject(3, harvest);
					lot.setObject(4, now.toLocalDate());
					lot.setObject(5, now);
					lot.executeUpdate();
					try (ResultSet keys = lot.getGeneratedKeys()) {
						keys.next();
						id = keys.getLong(1);
					}
				}
				try (PreparedStatement event = connection.prepareStatement("""
						insert into trace_event (lot_id, type, occurred_at, location, details, recorded_by, recorded_at)
						values (?, 'HARVESTED', ?, 'yulin', '{"quantityKg":"100"}', 'bench', ?)""")) {
					event.setLong(1, id);
					event.setObject(2, harvest.atStartOfDay().atOffset(ZoneOffset.ofHours(8)));
					event.setObject(3, now);
					event.executeUpdate();
				}
				return null;
			}));
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
