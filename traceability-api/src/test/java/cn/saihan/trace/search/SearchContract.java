package cn.saihan.trace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.saihan.trace.testing.RegistryClient;
import tools.jackson.databind.JsonNode;

/**
 * What search promises whichever engine answers: Chinese sub-phrases, English product names,
 * exact names and codes first, the page shape of the API, and problems for bad queries. Each
 * engine's test class runs all of it; changes are awaited because an engine may index them
 * shortly after the write.
 */
abstract class SearchContract {

	/** Ten uncommon characters, so that a test's names contain no other test's token. */
	private static final String DIGITS = "甲乙丙丁戊己庚辛壬癸";

	private static final AtomicInteger TOKENS = new AtomicInteger();

	@Autowired
	RegistryClient registry;

	@Test
	void findsAProducerByASubPhraseOfItsChineseName() {
		long id = registry.producer("榆林镇东干丈生态农场", "yulin");

		awaitHits("东干丈生态", hits -> assertThat(hits)
			.anySatisfy(hit -> assertHit(hit, "PRODUCER", Long.toString(id), "榆林镇东干丈生态农场")));
	}

	@Test
	void findsAProductAndItsLotsByPartOfTheProductName() {
		long producer = registry.producer(token() + "番茄合作社", "jinhe");
		String lotCode = registry.lot(producer, "TPZ-TOMATO", LocalDate.now().minusDays(3), "120", "6.5")
			.get("lotCode").asString();

		awaitHits("番茄", hits -> {
			assertThat(hits).anySatisfy(hit -> assertHit(hit, "PRODUCT", "TPZ-TOMATO", "太平庄番茄"));
			assertThat(hits).anySatisfy(hit -> {
				assertThat(hit.get("kind").asString()).isEqualTo("LOT");
				assertThat(hit.get("id").asString()).isEqualTo(lotCode);
				assertThat(hit.get("title").asString()).contains("太平庄番茄");
			});
		});
	}

	@Test
	void findsACorrectedProducerAndItsLotsByTheNewNameOnly() {
		String before = token() + "旧称合作社";
		String after = token() + "更正合作社";
		long producer = registry.producer(before, "yulin");
		String lotCode = registry.lot(producer, "TPZ-TOMATO", LocalDate.now().minusDays(3), "80", "6")
			.get("lotCode").asString();
		awaitHits(before, hits -> assertThat(ids(hits)).contains(Long.toString(producer), lotCode));

		registry.asBureau().put().uri("/api/v1/producers/" + producer).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", after, "type", "INDIVIDUAL", "townCode", "yulin")).exchange().expectStatus().isOk();

		awaitHits(after, hits -> assertThat(ids(hits)).contains(Long.toString(producer), lotCode));
		awaitHits(before, hits -> assertThat(ids(hits)).doesNotContain(Long.toString(producer), lotCode));
	}

	@Test
	void findsAProductByItsEnglishName() {
		awaitHits("tomato", hits -> assertThat(hits)
			.anySatisfy(hit -> assertHit(hit, "PRODUCT", "TPZ-TOMATO", "太平庄番茄")));
		awaitHits("Heishatu", hits -> assertThat(hits)
			.anySatisfy(hit -> assertHit(hit, "PRODUCT", "HST-PITAYA", "黑沙图红心火龙果")));
	}

	@Test
	void ranksAnExactNameAbovePartialMatches() {
		String name = token();
		long partialFirst = registry.producer(name + "家庭农场", "bayan");
		long exact = registry.producer(name, "bayan");
		long partialLast = registry.producer("新" + name + "合作社", "bayan");

		awaitHits(name, hits -> {
			assertThat(ids(hits)).containsExactlyInAnyOrder(Long.toString(partialFirst), Long.toString(exact),
					Long.toString(partialLast));
			assertFirstHit(hits, "PRODUCER", Long.toString(exact), name);
			assertThat(hits.get(0).get("score").asDouble()).isGreaterThan(hits.get(1).get("score").asDouble());
		});
	}

	@Test
	void ranksALotByItsExactCodeFirst() {
		long producer = registry.producer(token() + "南瓜园", "huangheshao");
		String code = "GCL-" + (100000 + TOKENS.incrementAndGet());
		registry.post("/api/v1/lots", Map.of("producerId", producer, "productCode", "GCL-PUMPKIN", "harvestDate",
				LocalDate.now().minusDays(1).toString(), "quantityKg", "300", "unitPriceYuan", "2.4", "lotCode", code));
		registry.post("/api/v1/lots", Map.of("producerId", producer, "productCode", "GCL-PUMPKIN", "harvestDate",
				LocalDate.now().minusDays(1).toString(), "quantityKg", "200", "unitPriceYuan", "2.4", "lotCode",
				code + "B"));

		awaitHits(code, hits -> {
			assertThat(ids(hits)).contains(code, code + "B");
			assertFirstHit(hits, "LOT", code, "格此老南瓜 " + code);
		});
	}

	@Test
	void findsAProductAddedThroughTheApi() {
		String name = token() + "沙地西瓜";
		String code = "SRCH-" + TOKENS.incrementAndGet();
		registry.post("/api/v1/products", Map.of("code", code, "nameZh", name, "nameEn", "Saihan sand melon",
				"category", "FRUIT"));

		awaitHits(name.substring(2), hits -> assertThat(hits).anySatisfy(hit -> assertHit(hit, "PRODUCT", code, name)));
	}

	@Test
	void pagesHitsInThePagedModelShape() {
		String name = token();
		for (String suffix : List.of("一号农场", "二号农场", "三号农场")) {
			registry.producer(name + suffix, "jinhe");
		}

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode first = registry.get("/api/v1/search?q=" + name + "&size=2");
			assertThat(first.get("content")).hasSize(2);
			assertThat(first.at("/page/number").asInt()).isZero();
			assertThat(first.at("/page/size").asInt()).isEqualTo(2);
			assertThat(first.at("/page/totalElements").asLong()).isEqualTo(3);
			assertThat(first.at("/page/totalPages").asInt()).isEqualTo(2);
			JsonNode second = registry.get("/api/v1/search?q=" + name + "&size=2&page=1");
			assertThat(second.get("content")).hasSize(1);
			assertThat(ids(list(second.get("content")))).doesNotContainAnyElementsOf(ids(list(first.get("content"))));
		});
	}

	@Test
	void answersNoHitsWithAnEmptyPage() {
		JsonNode page = registry.get("/api/v1/search?q=" + token() + "无此名");
		assertThat(page.get("content")).isEmpty();
		assertThat(page.at("/page/totalElements").asLong()).isZero();
	}

	@Test
	void refusesABlankMissingOrOverlongQueryNamingQ() {
		for (String q : java.util.Arrays.asList("   ", null, "番".repeat(101))) {
			registry.anonymous().get().uri(uri -> uri.path("/api/v1/search").queryParamIfPresent("q",
					java.util.Optional.ofNullable(q)).build()).exchange()
				.expectStatus().isBadRequest()
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
		}
	}

	/** A fresh four-character Chinese token that no other name of this run contains. */
	static String token() {
		int n = TOKENS.incrementAndGet();
		return "鹞" + DIGITS.charAt(n / 100 % 10) + DIGITS.charAt(n / 10 % 10) + DIGITS.charAt(n % 10);
	}

	void awaitHits(String query, java.util.function.Consumer<List<JsonNode>> assertion) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(
				() -> assertion.accept(list(registry.get("/api/v1/search?size=100&q=" + query).get("content"))));
	}

	static List<JsonNode> list(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).toList();
	}

	static List<String> ids(List<JsonNode> hits) {
		return hits.stream().map(hit -> hit.get("id").asString()).toList();
	}

	static void assertFirstHit(List<JsonNode> hits, String kind, String id, String title) {
		assertThat(hits).isNotEmpty();
		assertHit(hits.get(0), kind, id, title);
	}

	static void assertHit(JsonNode hit, String kind, String id, String title) {
		assertThat(hit.get("kind").asString()).isEqualTo(kind);
		assertThat(hit.get("id").asString()).isEqualTo(id);
		assertThat(hit.get("title").asString()).isEqualTo(title);
		assertThat(hit.get("score").asDouble()).isPositive();
	}
}
