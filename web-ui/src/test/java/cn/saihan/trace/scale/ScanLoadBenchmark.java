package cn.saihan.trace.scale;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TestDatabases;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End-to-end scan load on PostgreSQL: the application on one instance, then on two sharing the
 * database, each taking the same number of scans of 10,000 labels from a fixed number of client
 * threads spread over the instances (as a load balancer would). Prints scans per second, p50/p99
 * latency, whether the stored scan counts add up to the requests sent, and
 * {@code bench scan ratio=<2 instances / 1 instance>}.
 *
 * <p>Run with {@code mvn -B -Pbench test -pl web-ui -am -Dtest=ScanLoadBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}, with a PostgreSQL server as for the PostgreSQL test pass
 * ({@code TRACE_TEST_POSTGRES_URL}, default {@code jdbc:postgresql://localhost:5432/}); the number of
 * scans per phase is {@code -Dscans=} (default 1,000,000) and the client threads {@code -Dconcurrency=}
 * (default 32). The load goes to loopback only and stops by itself.
 */
class ScanLoadBenchmark {

	private static final int LABELS = 10_000;

	private final long scans = Long.getLong("scans", 1_000_000);

	private final int concurrency = Integer.getInteger("concurrency", 32);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.shared();

	record Phase(int instances, long sent, long failed, double seconds, double p50Ms, double p99Ms) {

		double scansPerSecond() {
			return sent / seconds;
		}
	}

	@Test
	void scansOnOneInstanceThenOnTwo() throws Exception {
		if (System.getProperty(TestDatabases.POSTGRES_URL) == null) {
			String server = System.getenv().getOrDefault("TRACE_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/");
			System.setProperty(TestDatabases.POSTGRES_URL, server);
		}
		Map<String, String> database = TestDatabases.fresh("load");
		try (Instances two = new Instances(2, database, "--trace.resolver.suspicious-after-scans=1000000000")) {
			List<String> paths = labels(two);
			Phase one = drive(two, 1, paths);
			Phase both = drive(two, 2, paths);
			long stored = two.bean(0, JdbcTemplate.class).queryForObject("select sum(scan_count) from label", Long.class);
			long sent = one.sent() + both.sent();
			for (Phase phase : List.of(one, both)) {
				System.out.printf("bench scan instances=%d scans=%d failed=%d seconds=%.1f scans_per_s=%.0f p50_ms=%.2f p99_ms=%.2f%n",
						phase.instances(), phase.sent(), phase.failed(), phase.seconds(), phase.scansPerSecond(),
						phase.p50Ms(), phase.p99Ms());
			}
			System.out.printf("bench scan counts_stored=%d requests_sent=%d equal=%b%n", stored, sent, stored == sent);
			System.out.printf("bench scan ratio=%.2f%n", both.scansPerSecond() / one.scansPerSecond());
		}
	}

	/** 10,000 labels over ten lots, issued through the API; returns their resolver paths. */
	private List<String> labels(Instances instances) throws Exception {
		String base = instances.baseUrl(0);
		long producer = post(base + "/api/v1/producers", """
				{"name":"压测合作社","type":"COOPERATIVE","creditCode":"%s","townCode":"jinhe"}"""
			.formatted(RegistryClient.freshCreditCode())).get("id").asLong();
		List<String> paths = new ArrayList<>(LABELS);
		for (int lot = 0; lot < 10; lot++) {
			String lotCode = post(base + "/api/v1/lots", """
					{"producerId":%d,"productCode":"HST-PITAYA","harvestDate":"2025-08-01","quantityKg":"1000","unitPriceYuan":"20"}"""
				.formatted(producer)).get("lotCode").asString();
			JsonNode issued = post(base + "/api/v1/lots/" + lotCode + "/labels", "{\"count\":" + LABELS / 10 + "}");
			issued.get("labels").forEach(label -> paths.add(URI.create(label.get("uri").asString()).getPath()));
		}
		return paths;
	}

	private Phase drive(Instances instances, int instanceCount, List<String> paths) throws Exception {
		AtomicLong next = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		ExecutorService clients = Executors.newFixedThreadPool(concurrency);
		List<Future<long[]>> latencies = new ArrayList<>();
		long start = System.nanoTime();
		for (int t = 0; t < concurrency; t++) {
			latencies.add(clients.submit(() -> {
				long[] mine = new long[(int) (scans / concurrency + 1)];
				int count = 0;
				for (long n = next.getAndIncrement(); n < scans; n = next.getAndIncrement()) {
					String base = instances.baseUrl((int) (n % instanceCount));
					HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get((int) (n % paths.size()))))
						.header("Accept", "application/vnd.saihan.consumer+json").timeout(Duration.ofSeconds(30)).GET().build();
					long sent = System.nanoTime();
					HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
					if (count < mine.length) {
						mine[count++] = System.nanoTime() - sent;
					}
					if (response.statusCode() != 200) {
						failed.incrementAndGet();
					}
				}
				return Arrays.copyOf(mine, count);
			}));
		}
		clients.shutdown();
		if (!clients.awaitTermination(2, TimeUnit.HOURS)) {
			clients.shutdownNow();
			throw new IllegalStateException("The load did not finish in two hours");
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] all = latencies.stream().flatMapToLong(f -> {
			try {
				return Arrays.stream(f.get());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).sorted().toArray();
		return new Phase(instanceCount, scans, failed.get(), seconds, all[all.length / 2] / 1e6,
				all[(int) (all.length * 0.99)] / 1e6);
	}

	private JsonNode post(String url, String body) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("bureau:bureau-demo".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
		return json.readTree(response.body());
	}
}
