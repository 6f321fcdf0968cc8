package cn.saihan.trace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import cn.saihan.trace.testing.ElasticsearchNode;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;

/** Elasticsearch configured but unreachable: writes go on, search says so with a 503 problem. */
@TraceIntegrationTest
@TestPropertySource(properties = { "trace.search.flush-interval=200ms", "trace.search.retry-interval=1s",
		"trace.search.connect-timeout=500ms" })
class SearchWhileElasticsearchIsDownIntegrationTests {

	@Autowired
	RegistryClient registry;

	@Autowired
	SearchEngine engine;

	@DynamicPropertySource
	static void deadNode(DynamicPropertyRegistry properties) {
		String dead = ElasticsearchNode.deadUri();
		properties.add("spring.elasticsearch.uris", () -> dead);
	}

	@Test
	void registersProducersAndLotsAndKeepsTheirChangesForLater() {
		long producer = registry.producer("金河断网测试合作社", "jinhe");
		String lotCode = registry.lot(producer, "TPZ-TOMATO", LocalDate.now().minusDays(1), "50", "7")
			.get("lotCode").asString();

		assertThat(registry.get("/api/v1/lots/" + lotCode).get("producerId").asLong()).isEqualTo(producer);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(((ElasticsearchSearchEngine) engine).pendingChanges()).isGreaterThanOrEqualTo(2));
	}

	@Test
	void answersSearchesWithAServiceUnavailableProblem() {
		registry.anonymous().get().uri("/api/v1/search?q=番茄").exchange()
			.expectStatus().isEqualTo(503)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(503)
			.jsonPath("$.type").isEqualTo("urn:saihan-trace:problem:search-unavailable");
	}
}
