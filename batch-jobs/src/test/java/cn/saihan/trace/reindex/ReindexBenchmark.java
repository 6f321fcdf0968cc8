package cn.saihan.trace.reindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import cn.saihan.trace.search.ElasticsearchIndex;
import cn.saihan.trace.search.SearchDocument;
import cn.saihan.trace.search.SearchProperties;
import cn.saihan.trace.search.SearchRows;
import cn.saihan.trace.testing.ElasticsearchNode;
import cn.saihan.trace.testing.ElasticsearchNodeExtension;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;

/**
 * Re-indexes 100,000 lots with {@code reindexJob} and compares its rate with a bare
 * elasticsearch-java bulk load of the same documents, already in memory, into the same node in
 * the same run: the ratio says what reading the database and Spring Batch cost on top of
 * Elasticsearch itself. Both load into an empty index with the same mapping, with
 * {@code BulkIngester} at 5,000 documents a request and two requests in flight, and end with a
 * refresh. Run with {@code mvn -B -Pbench -pl batch-jobs -am test}.
 */
@TraceIntegrationTest
@ExtendWith(ElasticsearchNodeExtension.class)
@TestPropertySource(properties = { "trace.search.index=bench-${random.uuid}", "trace.search.bulk-size=5000",
		"logging.level.cn.saihan.trace.search=WARN" })
class ReindexBenchmark {

	private static final int LOTS = 100_000;

	private static final int PRODUCERS = 200;

	private static final int ROUNDS = 3;

	@Autowired
	RegistryClient registry;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ElasticsearchIndex index;

	@Autowired
	SearchProperties properties;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job reindexJob;

	@DynamicPropertySource
	static void elasticsearch(DynamicPropertyRegistry registry) {
		registry.add("spring.elasticsearch.uris", () -> ElasticsearchNode.shared().uri());
	}

	@Test
	void reindexAgainstBareBulkLoad() throws Exception {
		insertLots();
		List<SearchDocument> documents = new ArrayList<>();
		documents.addAll(jdbc.query(SearchRows.PRODUCTS, SearchRows.PRODUCT));
		documents.addAll(jdbc.query(SearchRows.PRODUCERS, SearchRows.PRODUCER));
		documents.addAll(jdbc.query(SearchRows.LOTS, SearchRows.LOT));

		// A round of each first, so that neither side pays for the node's or the JVM's warm-up.
		bare(documents, "warm-up");
		ours(documents.size());
		double[] bare = new double[ROUNDS];
		double[] ours = new double[ROUNDS];
		double[] ratios = new double[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			bare[round] = bare(documents, Integer.toString(round));
			ours[round] = ours(documents.size());
			ratios[round] = ours[round] / bare[round];
			System.out.printf("bench reindex round %d: ours %.0f docs/s, bare %.0f docs/s, ratio %.3f%n", round + 1,
					ours[round], bare[round], ratios[round]);
		}
		System.out.printf("bench reindex documents=%d ours=%.0f docs/s bare=%.0f docs/s (medians of %d rounds)%n",
				documents.size(), median(ours), median(bare), ROUNDS);
		// The machine's speed drifts between rounds; each round's pair ran back to back, so their ratio is steadier.
		System.out.printf("bench reindex ratio=%.3f%n", median(ratios));
	}

	/** The job into an emptied index, as after losing it. @return documents per second */
	private double ours(int documents) throws Exception {
		index.client().indices().delete(d -> d.index(index.name()).ignoreUnavailable(true));
		long start = System.nanoTime();
		JobExecution execution = jobOperator.start(reindexJob,
				new JobParametersBuilder().addLong("run", System.nanoTime()).toJobParameters());
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count(index.name())).isEqualTo(documents);
		return documents / seconds;
	}

	/** The same documents, from memory, with nothing but the client. @return documents per second */
	private double bare(List<SearchDocument> documents, String round) throws Exception {
		String name = properties.index() + "-bare-" + round;
		ElasticsearchIndex bareIndex = new ElasticsearchIndex(index.client(), new SearchProperties(name,
				properties.analyzer(), properties.maxQueryLength(), properties.flushInterval(),
				properties.retryInterval(), properties.maxPending(), properties.bulkSize(),
				properties.connectTimeout(), properties.readTimeout()));
		long start = System.nanoTime();
		bareIndex.ensureExists();
		try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(index.client()).maxOperations(5_000)
			.maxSize(32L * 1024 * 1024).maxConcurrentRequests(2).flushInterval(10, TimeUnit.SECONDS))) {
			for (SearchDocument document : documents) {
				ingester.add(op -> op.index(i -> i.index(name).id(document.id()).document(document)));
			}
		}
		bareIndex.refresh();
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(count(name)).isEqualTo(documents.size());
		index.client().indices().delete(d -> d.index(name));
		return documents.size() / seconds;
	}

	private long count(String name) throws Exception {
		return index.client().count(c -> c.index(name)).count();
	}

	/**
	 * Producers through the API as usual, but 100,000 lots by JDBC batch: through HTTP the set-up
	 * would take longer than the benchmark, and the job reads only the rows.
	 */
	private void insertLots() {
		List<Long> producers = new ArrayList<>();
		for (int i = 0; i < PRODUCERS; i++) {
			producers.add(registry.producer("赛罕区第" + i + "生态农场", i % 2 == 0 ? "yulin" : "jinhe"));
		}
		String[] products = { "TPZ-TOMATO", "HST-PITAYA", "SYBL-MELON", "GCL-PUMPKIN", "GDL-STRAWBERRY" };
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>(LOTS);
		for (int i = 0; i < LOTS; i++) {
			LocalDate harvested = LocalDate.of(2025, 1, 1).plusDays(i % 300);
			rows.add(new Object[] { String.format("BENCH-%08d", i), producers.get(i % PRODUCERS),
					products[i % products.length], Date.valueOf(harvested), new BigDecimal("100"),
					new BigDecimal("6.5"), new BigDecimal("650.00"), "第" + (i % 40) + "号地块", "东干丈村",
					"SELF_TEST", Date.valueOf(harvested), now, "bureau" });
		}
		for (int from = 0; from < LOTS; from += 10_000) {
			jdbc.batchUpdate("""
					insert into lot (lot_code, producer_id, product_code, harvest_date, quantity_kg, unit_price_yuan,
					                 value_yuan, plot, village, compliance_basis, compliance_issued_on, registered_at,
					                 registered_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.subList(from, Math.min(LOTS, from + 10_000)));
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
