package cn.saihan.trace.reindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import cn.saihan.trace.jobs.CsvUpload;
import cn.saihan.trace.search.ElasticsearchIndex;
import cn.saihan.trace.testing.ElasticsearchNode;
import cn.saihan.trace.testing.ElasticsearchNodeExtension;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The index keeps up with writes in bulk: the re-index job rebuilds an emptied index from the
 * registry through the bureau's endpoint, and lots imported from a spreadsheet are findable without one.
 */
@TraceIntegrationTest
@ExtendWith(ElasticsearchNodeExtension.class)
@TestPropertySource(properties = { "trace.search.index=reindex-test-${random.uuid}", "trace.search.bulk-size=3" })
class SearchReindexJobIntegrationTests {

	@Autowired
	RegistryClient registry;

	@Autowired
	ElasticsearchIndex index;

	@DynamicPropertySource
	static void elasticsearch(DynamicPropertyRegistry properties) {
		properties.add("spring.elasticsearch.uris", () -> ElasticsearchNode.shared().uri());
	}

	@Test
	void rebuildsAnEmptiedIndexInBulkFromTheRegistry() throws Exception {
		// given: a registry whose index was lost
		long producer = registry.producer("黄合少镇鹞重建合作社", "huangheshao");
		String lot = registry.lot(producer, "SYBL-MELON", LocalDate.now().minusDays(2), "80", "9.5")
			.get("lotCode").asString();
		// The node may still be starting on a busy machine: search answers 503 until it is up. Both
		// documents must have arrived before the index is deleted: a change still on its way would
		// re-create the index by itself, without its mapping.
		await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
			.until(() -> hits("鹞重建").stream().map(hit -> hit.get("id").asString()).toList()
				.containsAll(List.of(Long.toString(producer), lot)));
		index.client().indices().delete(d -> d.index(index.name()));
		index.ensureExists();
		assertThat(hits("鹞重建")).isEmpty();

		// when
		JsonNode started = registry.asBureau().post().uri("/api/v1/search/reindex").exchange()
			.expectStatus().isEqualTo(HttpStatus.ACCEPTED)
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		long execution = started.get("jobExecutionId").asLong();
		JsonNode finished = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
			.until(() -> registry.getAsBureau("/api/v1/search/reindex/" + execution),
					run -> !List.of("STARTING", "STARTED").contains(run.get("status").asString()));

		// then
		long documents = registry.count("product") + registry.count("producer") + registry.count("lot");
		assertThat(finished.get("status").asString()).as(finished.toString()).isEqualTo("COMPLETED");
		assertThat(finished.get("readCount").asLong()).isEqualTo(documents);
		assertThat(finished.get("writeCount").asLong()).isEqualTo(documents);
		assertThat(hits("鹞重建")).extracting(hit -> hit.get("id").asString()).contains(Long.toString(producer), lot);
		assertThat(hits("赛音不浪网纹瓜")).extracting(hit -> hit.get("id").asString()).first().isEqualTo("SYBL-MELON");
	}

	@Test
	void importedLotsAreFoundWithoutAReindex() {
		// given
		long producer = registry.producer("榆林镇鸮导入合作社", "yulin");
		String creditCode = registry.get("/api/v1/producers/" + producer).get("creditCode").asString();
		String csv = String.join("\n", "creditCode,productCode,harvestDate,quantityKg,unitPriceYuan,lotCode,plot,village",
				creditCode + ",TPZ-TOMATO,2026-07-18,120.5,3.20,,鸮导入一号棚,",
				creditCode + ",TPZ-TOMATO,2026-07-19,80,3.20,,鸮导入二号棚,",
				creditCode + ",SYBL-MELON,2026-07-20,40,9.50,,鸮导入三号地,") + "\n";
		await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> !hits("鸮导入合作社").isEmpty());

		// when
		JsonNode report = registry.asBureau().post().uri("/api/v1/imports/lots").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(CsvUpload.of(csv.getBytes(StandardCharsets.UTF_8), "lots.csv"))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();

		// then: the three lots, and nothing of the producer's before them, without anyone asking for a re-index
		assertThat(report.get("written").asLong()).as(report.toString()).isEqualTo(3);
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(hits("鸮导入")).filteredOn(hit -> hit.get("kind").asString().equals("LOT"))
				.hasSize(3));
	}

	@Test
	void onlyTheBureauStartsAReindex() {
		registry.anonymous().post().uri("/api/v1/search/reindex").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void answersNotFoundForAnUnknownRun() {
		registry.asBureau().get().uri("/api/v1/search/reindex/987654").exchange().expectStatus().isNotFound();
	}

	private List<JsonNode> hits(String query) {
		return StreamSupport.stream(registry.get("/api/v1/search?size=100&q=" + query).get("content").spliterator(),
				false).toList();
	}
}
