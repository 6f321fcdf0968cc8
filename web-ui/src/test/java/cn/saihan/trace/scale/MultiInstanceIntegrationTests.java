package cn.saihan.trace.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TestDatabases;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the application on one PostgreSQL database, requests spread over both: label
 * serials never collide, scan counts stay exact, lot codes stay unique, a batch job runs once, and
 * guessing a password on both instances counts as guessing on one. Runs in the PostgreSQL
 * pass (H2 in file mode serves one process only).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultiInstanceIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.shared();

	private Instances instances;

	private long producerId;

	@BeforeAll
	void twoInstancesOnOneDatabase() throws Exception {
		assumeTrue(TestDatabases.onPostgres(), "several instances need a shared PostgreSQL");
		instances = new Instances(2, TestDatabases.fresh("multi"));
		producerId = post(0, "/api/v1/producers", """
				{"name":"多实例测试合作社","type":"COOPERATIVE","creditCode":"%s","townCode":"yulin"}"""
			.formatted(RegistryClient.freshCreditCode())).body().get("id").asLong();
	}

	@AfterAll
	void stop() {
		if (instances != null) {
			instances.close();
		}
	}

	record Answer(int status, JsonNode body) {
	}

	private Answer send(int instance, HttpRequest.Builder request) throws Exception {
		return send(request, RegistryClient.BUREAU_USER, RegistryClient.BUREAU_PASSWORD);
	}

	private Answer send(HttpRequest.Builder request, String username, String password) throws Exception {
		HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body().isEmpty() ? null : json.readTree(response.body()));
	}

	private Answer accountAs(int instance, String username, String password) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(instances.baseUrl(instance) + "/api/v1/account"))
			.header("Accept", "application/json").GET(), username, password);
	}

	private Answer post(int instance, String path, String body) throws Exception {
		return send(instance, HttpRequest.newBuilder(URI.create(instances.baseUrl(instance) + path))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Answer get(int instance, String path) throws Exception {
		return send(instance, HttpRequest.newBuilder(URI.create(instances.baseUrl(instance) + path))
			.header("Accept", "application/json").GET());
	}

	/** A scan as an app makes it: the resolver's consumer JSON. */
	private Answer scan(int instance, String path) throws Exception {
		return send(instance, HttpRequest.newBuilder(URI.create(instances.baseUrl(instance) + path))
			.header("Accept", "application/vnd.saihan.consumer+json").GET());
	}

	private String lot(String lotCode) throws Exception {
		String code = lotCode == null ? "" : ",\"lotCode\":\"" + lotCode + "\"";
		Answer answer = post(0, "/api/v1/lots", """
				{"producerId":%d,"productCode":"TPZ-TOMATO","harvestDate":"2025-07-18","quantityKg":"100","unitPriceYuan":"5"%s}"""
			.formatted(producerId, code));
		return answer.body().get("lotCode").asString();
	}

	/** Runs the calls on many threads at once, alternating the instance they go to. */
	private <T> List<T> concurrently(int calls, CallOn<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < calls; i++) {
				int n = i;
				futures.add(pool.submit((Callable<T>) () -> call.on(n % instances.size(), n)));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	interface CallOn<T> {
		T on(int instance, int n) throws Exception;
	}

	@Test
	void labelSerialsNeverCollideWhenBothInstancesIssueForTheSameLot() throws Exception {
		String lotCode = lot(null);
		List<Answer> answers = concurrently(20,
				(instance, n) -> post(instance, "/api/v1/lots/" + lotCode + "/labels", "{\"count\":50}"));
		assertThat(answers).extracting(Answer::status).containsOnly(201);
		Set<String> serials = new HashSet<>();
		answers.forEach(answer -> answer.body().get("labels").forEach(label -> serials.add(label.get("serial").asString())));
		assertThat(serials).hasSize(20 * 50);
		JsonNode stored = get(1, "/api/v1/lots/" + lotCode + "/labels?size=2000").body();
		assertThat(stored.get("page").get("totalElements").asLong()).isEqualTo(1000);
	}

	@Test
	void scanCountsStayExactUnderConcurrentScansOnBothInstances() throws Exception {
		String lotCode = lot(null);
		String uri = post(0, "/api/v1/lots/" + lotCode + "/labels", "{\"count\":1}").body().get("labels").get(0)
			.get("uri").asString();
		String path = URI.create(uri).getPath();
		List<Answer> scans = concurrently(300, (instance, n) -> scan(instance, path));
		assertThat(scans).extracting(Answer::status).containsOnly(200);
		assertThat(scans).extracting(scan -> scan.body().get("scan").get("count").asLong())
			.doesNotHaveDuplicates().contains(1L, 300L);
		assertThat(get(1, "/api/v1/lots/" + lotCode + "/labels").body().get("content").get(0).get("scanCount")
			.asLong()).isEqualTo(300);
	}

	@Test
	void aBatchJobWithTheSameParametersRunsOnceWhicheverInstancesStartIt() throws Exception {
		post(0, "/api/v1/lots", """
				{"producerId":%d,"productCode":"TPZ-TOMATO","harvestDate":"2013-07-18","quantityKg":"10","unitPriceYuan":"5"}"""
			.formatted(producerId));
		List<Answer> starts = concurrently(10, (instance, n) -> post(instance, "/api/v1/stats/indicator12/runs?year=2013", ""));
		assertThat(starts).extracting(Answer::status).allMatch(status -> status == 200 || status == 202);
		assertThat(starts).extracting(answer -> answer.body().get("jobExecutionId").asLong()).containsOnly(
				starts.get(0).body().get("jobExecutionId").asLong());
		long executions = instances.bean(1, JdbcTemplate.class).queryForObject("""
				select count(*) from batch_job_execution e
				join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
				where p.parameter_name = 'year' and p.parameter_value = '2013'""", Long.class);
		assertThat(executions).isEqualTo(1);
	}

	@Test
	void guessesSpreadOverBothInstancesLockTheLoginOnBoth() throws Exception {
		assertThat(post(0, "/api/v1/producers/" + producerId + "/account", """
				{"username":"spread-guesses","password":"right-password-1"}""").status()).isEqualTo(201);

		List<Answer> guesses = concurrently(5, (instance, n) -> accountAs(instance, "spread-guesses", "wrong-" + n));
		assertThat(guesses).extracting(Answer::status).containsOnly(401);

		for (int instance = 0; instance < instances.size(); instance++) {
			Answer rightPassword = accountAs(instance, "spread-guesses", "right-password-1");
			assertThat(rightPassword.status()).isEqualTo(401);
			assertThat(rightPassword.body().get("detail").asString())
				.isEqualTo("A valid login is required for this request");
		}
		assertThat(get(1, "/api/v1/account").status()).isEqualTo(200);
	}

	@Test
	void lotCodesStayUnique() throws Exception {
		List<Answer> generated = concurrently(100, (instance, n) -> post(instance, "/api/v1/lots", """
				{"producerId":%d,"productCode":"TPZ-TOMATO","harvestDate":"2025-07-18","quantityKg":"1","unitPriceYuan":"5"}"""
			.formatted(producerId)));
		assertThat(generated).extracting(Answer::status).containsOnly(201);
		assertThat(generated).extracting(answer -> answer.body().get("lotCode").asString()).doesNotHaveDuplicates();

		List<Answer> same = concurrently(10, (instance, n) -> post(instance, "/api/v1/lots", """
				{"producerId":%d,"productCode":"TPZ-TOMATO","harvestDate":"2025-07-18","quantityKg":"1","unitPriceYuan":"5","lotCode":"SAME-CODE-1"}"""
			.formatted(producerId)));
		assertThat(same).extracting(Answer::status).containsOnly(201, 409);
		assertThat(same).filteredOn(answer -> answer.status() == 201).hasSize(1);
	}
}
