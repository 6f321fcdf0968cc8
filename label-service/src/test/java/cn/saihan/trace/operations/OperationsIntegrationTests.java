package cn.saihan.trace.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;

/**
 * A load balancer reads the health groups without a login; the metrics, scans by verdict among
 * them, are the bureau's.
 */
@TraceIntegrationTest
class OperationsIntegrationTests {

	@Autowired
	RegistryClient registry;

	@Test
	void healthGroupsArePublicForALoadBalancer() {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" }) {
			registry.anonymous().get().uri(path).exchange().expectStatus().isOk()
				.expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
		}
	}

	@Test
	void metricsAreTheBureausAndCountScansByVerdict() {
		registry.anonymous().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		registry.anonymous().get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
		registry.anonymous().get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
		long producer = registry.producer("指标测试合作社", "yulin");
		registry.farmerOf(producer).get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden();

		String lot = registry.lot(producer, "TPZ-TOMATO", LocalDate.of(2025, 7, 18), "100", "5").get("lotCode")
			.asString();
		String uri = registry.post("/api/v1/lots/" + lot + "/labels", Map.of("count", 1)).get("labels").get(0)
			.get("uri").asString();
		registry.anonymous().get().uri(URI.create(uri).getPath()).accept(MediaType.APPLICATION_JSON).exchange()
			.expectStatus().isOk();
		registry.anonymous().get().uri(URI.create(uri).getPath().replaceAll("/21/.*", "/21/0000000000000"))
			.accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isNotFound();
		registry.as("bureau", "a-wrong-guess").get().uri("/api/v1/account").exchange().expectStatus().isUnauthorized();

		String metrics = registry.asBureau().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(metrics).containsPattern("trace_scans_total\\{[^}]*verdict=\"GENUINE\"[^}]*} [1-9]")
			.containsPattern("trace_scans_total\\{[^}]*verdict=\"NOT_GENUINE\"[^}]*} [1-9]")
			.containsPattern("trace_logins_failed_total\\{[^}]*reason=\"bad-credentials\"[^}]*} [1-9]")
			.contains("http_server_requests_seconds");
	}
}
