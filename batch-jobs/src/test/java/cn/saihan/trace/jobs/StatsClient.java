package cn.saihan.trace.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Lazy;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.saihan.trace.testing.RegistryClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads answers with decimals kept exact, and waits for background jobs, for the tests of this module. */
@TestComponent
@Lazy
public class StatsClient {

	/** Decimals read as BigDecimal from their text, so that "0.527778" is compared digit by digit. */
	public static final JsonMapper EXACT = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final RegistryClient registry;

	StatsClient(RegistryClient registry) {
		this.registry = registry;
	}

	public JsonNode get(String path) {
		return read(registry.anonymous(), path);
	}

	/** As {@link #get}, read by the bureau: job statuses and official output are its alone. */
	public JsonNode getAsBureau(String path) {
		return read(registry.asBureau(), path);
	}

	private static JsonNode read(RestTestClient client, String path) {
		String body = client.get().uri(path).exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		return EXACT.readTree(body);
	}

	public static BigDecimal decimal(JsonNode node) {
		assertThat(node).as("a number").isNotNull();
		return node.isNull() ? null : node.decimalValue();
	}

	/** Polls the job status until the job has ended; the runs endpoint answers before the job does. */
	public JsonNode awaitEnd(long jobExecutionId) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			JsonNode status = getAsBureau("/api/v1/stats/jobs/" + jobExecutionId);
			String s = status.get("status").asString();
			if (!s.equals("STARTING") && !s.equals("STARTED") && !s.equals("STOPPING")) {
				return status;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Job " + jobExecutionId + " did not end within a minute");
	}
}
