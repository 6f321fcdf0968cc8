package cn.saihan.trace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import cn.saihan.trace.testing.ElasticsearchNode;
import cn.saihan.trace.testing.ElasticsearchNodeExtension;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Elasticsearch goes away and comes back: what was registered meanwhile becomes findable by itself. */
@TraceIntegrationTest
@ExtendWith(ElasticsearchNodeExtension.class)
@TestPropertySource(properties = { "trace.search.index=outage-test-${random.uuid}",
		"trace.search.flush-interval=200ms", "trace.search.retry-interval=1s", "trace.search.connect-timeout=500ms" })
class SearchAfterAnOutageIntegrationTests {

	private static SwitchableProxy proxy;

	@Autowired
	RegistryClient registry;

	@DynamicPropertySource
	static void elasticsearchBehindAProxy(DynamicPropertyRegistry properties) {
		proxy = new SwitchableProxy(ElasticsearchNode.shared().uri());
		proxy.on();
		properties.add("spring.elasticsearch.uris", proxy::uri);
	}

	@AfterAll
	static void closeProxy() {
		proxy.close();
	}

	@Test
	void catchesUpOnWhatWasRegisteredWhileElasticsearchWasDown() {
		// given: a working index
		await().atMost(Duration.ofSeconds(60)).until(() -> status("太平庄番茄") == 200 && !hits("太平庄番茄").isEmpty());

		// when: the node is unreachable during a registration
		proxy.off();
		long producer = registry.producer("金河镇鹞断线重连合作社", "jinhe");
		String lot = registry.lot(producer, "GDL-STRAWBERRY", LocalDate.now().minusDays(1), "40", "18")
			.get("lotCode").asString();
		assertThat(status("鹞断线重连")).isEqualTo(503);

		// then: once it is back, the waiting changes arrive without anyone re-indexing
		proxy.on();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(
				hits("鹞断线重连")).extracting(hit -> hit.get("id").asString()).contains(Long.toString(producer), lot));
	}

	private int status(String query) {
		return registry.anonymous().get().uri(uri -> uri.path("/api/v1/search").queryParam("q", query).build())
			.exchange().returnResult().getStatus().value();
	}

	private List<JsonNode> hits(String query) {
		return StreamSupport.stream(registry.get("/api/v1/search?size=100&q=" + query).get("content").spliterator(),
				false).toList();
	}
}
