package cn.saihan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

@TraceIntegrationTest
class LotIntegrationTests {

	@Autowired
	RegistryClient registry;

	long producerId;

	@BeforeEach
	void aProducer() {
		producerId = registry.producer("太平庄番茄专业合作社", "huangheshao");
	}

	private Map<String, Object> lot(String harvestDate, Object quantity, Object price) {
		Map<String, Object> body = new HashMap<>();
		body.put("producerId", producerId);
		body.put("productCode", "TPZ-TOMATO");
		body.put("harvestDate", harvestDate);
		body.put("quantityKg", quantity);
		body.put("unitPriceYuan", price);
		return body;
	}

	private RestTestClient.ResponseSpec post(Object body) {
		return registry.asBureau().post().uri("/api/v1/lots").contentType(MediaType.APPLICATION_JSON).body(body)
			.exchange();
	}

	private void refused(Map<String, Object> body, String field) {
		var before = registry.counts();
		post(body).expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains(field));
		assertThat(registry.counts()).isEqualTo(before);
	}

	private List<String> certifiedTypes(String harvestDate) {
		JsonNode lot = registry.lot(producerId, "TPZ-TOMATO", LocalDate.parse(harvestDate), "100", "5");
		return lot.get("certifiedTypes").valueStream().map(JsonNode::asString).toList();
	}

	@Test
	void registersALotWithAServerMadeCodeAndExactValue() {
		var result = post(lot("2025-07-18", "1200.5", "6.35")).expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult();
		JsonNode created = result.getResponseBody();
		String code = created.get("lotCode").asString();
		assertThat(code).matches("TPZ-250718-[0-9A-HJKMNP-TV-Z]{5}").hasSizeLessThanOrEqualTo(20);
		assertThat(result.getResponseHeaders().getLocation().toString()).endsWith("/api/v1/lots/" + code);
		assertThat(created.get("valueYuan").decimalValue()).isEqualByComparingTo("7623.18"); // 7623.175 half-up
		assertThat(created.get("gtin").asString()).isEqualTo("06901234000016");
		assertThat(created.get("townCode").asString()).isEqualTo("huangheshao");

		JsonNode read = registry.get("/api/v1/lots/" + code);
		assertThat(read.get("quantityKg").decimalValue()).isEqualByComparingTo("1200.5");
		assertThat(read.get("valueYuan").decimalValue()).isEqualByComparingTo("7623.18");
	}

	@Test
	void valueRoundsHalfUpToCentsWhereFloatingPointWouldNot() {
		// 0.1 × 0.05 = 0.005 exactly; as doubles it is 0.005000000000000001 or 0.00499…, never reliably 0.01
		JsonNode lot = registry.lot(producerId, "TPZ-TOMATO", LocalDate.of(2025, 7, 1), "0.1", "0.05");
		assertThat(lot.get("valueYuan").decimalValue()).isEqualByComparingTo("0.01");
		JsonNode half = registry.lot(producerId, "TPZ-TOMATO", LocalDate.of(2025, 7, 1), "3", "0.125");
		assertThat(half.get("valueYuan").decimalValue()).isEqualByComparingTo("0.38");
	}

	@Test
	void acceptsNumbersAsJsonNumbersAndAsDecimalStrings() {
		JsonNode asNumbers = post(lot("2025-07-02", 12.345, 2.5)).expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(asNumbers.get("valueYuan").decimalValue()).isEqualByComparingTo("30.86"); // 30.8625
	}

	@Test
	void aGivenLotCodeIsKeptAndADuplicateIsAConflict() {
		Map<String, Object> body = lot("2025-07-18", "100", "5");
		body.put("lotCode", "TPZ2507A-" + producerId);
		post(body).expectStatus().isCreated().expectBody().jsonPath("$.lotCode").isEqualTo("TPZ2507A-" + producerId);
		var before = registry.counts();
		post(body).expectStatus().isEqualTo(409).expectBody().jsonPath("$.errors[0].field").isEqualTo("lotCode");
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void eachInvalidInputIsRefusedNamingTheFieldAndStoresNothing() {
		refused(lot(LocalDate.now().plusDays(1).toString(), "100", "5"), "harvestDate");
		refused(lot("2025-07-18", "0", "5"), "quantityKg");
		refused(lot("2025-07-18", "-3", "5"), "quantityKg");
		refused(lot("2025-07-18", "100", "-0.01"), "unitPriceYuan");
		refused(lot("2025-07-18", "1.0001", "5"), "quantityKg");
		refused(lot("2025-07-18", "100", "abc"), "unitPriceYuan");
		refused(lot("2025-13-01", "100", "5"), "harvestDate");

		Map<String, Object> badCode = lot("2025-07-18", "100", "5");
		badCode.put("lotCode", "tpz_2507");
		refused(badCode, "lotCode");
		badCode.put("lotCode", "A".repeat(21));
		refused(badCode, "lotCode");

		Map<String, Object> unknownProduct = lot("2025-07-18", "100", "5");
		unknownProduct.put("productCode", "MARS-POTATO");
		refused(unknownProduct, "productCode");

		Map<String, Object> unknownProducer = lot("2025-07-18", "100", "5");
		unknownProducer.put("producerId", 999999);
		refused(unknownProducer, "producerId");

		Map<String, Object> missing = new HashMap<>();
		var before = registry.counts();
		post(missing).expectStatus().isBadRequest().expectBody().jsonPath("$.errors.length()").isEqualTo(5);
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void malformedJsonIsABadRequest() {
		var before = registry.counts();
		post("{\"producerId\": ").expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void anUnknownLotIsNotFound() {
		registry.anonymous().get().uri("/api/v1/lots/NO-SUCH-LOT").exchange().expectStatus().isNotFound();
	}

	@Test
	void aLotIsCertifiedOnlyWithinAValidCoveringUnrevokedCertification() {
		long green = registry.certification(producerId, "GREEN", RegistryClient.freshGreenNumber(),
				List.of("TPZ-TOMATO"), LocalDate.of(2024, 3, 1), LocalDate.of(2025, 8, 31));

		assertThat(certifiedTypes("2024-02-29")).as("harvested before validFrom").isEmpty();
		assertThat(certifiedTypes("2024-03-01")).as("on validFrom").containsExactly("GREEN");
		assertThat(certifiedTypes("2025-08-31")).as("on validTo").containsExactly("GREEN");
		assertThat(certifiedTypes("2025-09-01")).as("after validTo").isEmpty();

		registry.asBureau().post().uri("/api/v1/certifications/" + green + "/revocation")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("revokedAt", "2025-06-10", "reason", "年检不合格")).exchange().expectStatus().isOk();
		assertThat(certifiedTypes("2025-06-09")).as("the day before revocation").containsExactly("GREEN");
		assertThat(certifiedTypes("2025-06-10")).as("on the revocation date").isEmpty();
		assertThat(certifiedTypes("2025-08-01")).as("after revocation").isEmpty();
	}

	@Test
	void aCertificationCountsOnlyForTheProductsItListsAndItsOwnProducer() {
		registry.certification(producerId, "ORGANIC", RegistryClient.freshOrganicNumber(), List.of("GCL-PUMPKIN"),
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		assertThat(certifiedTypes("2025-07-01")).as("tomato not covered").isEmpty();

		long neighbour = registry.producer("隔壁合作社", "huangheshao");
		registry.certification(neighbour, "GREEN", RegistryClient.freshGreenNumber(), List.of("TPZ-TOMATO"),
				LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
		assertThat(certifiedTypes("2025-07-01")).as("another producer's licence").isEmpty();
	}

	@Test
	void aLotCanBeBothGreenAndOrganic() {
		registry.certification(producerId, "GREEN", RegistryClient.freshGreenNumber(), List.of("TPZ-TOMATO"),
				LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
		registry.certification(producerId, "ORGANIC", RegistryClient.freshOrganicNumber(), List.of("TPZ-TOMATO"),
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		assertThat(certifiedTypes("2025-07-01")).containsExactly("GREEN", "ORGANIC");
		assertThat(certifiedTypes("2024-07-01")).containsExactly("GREEN");
	}

	@Test
	void carriesItsComplianceCertificateAndHarvestEvent() {
		Map<String, Object> body = lot("2025-07-18", "800", "6");
		body.put("complianceBasis", "COMMISSIONED_TEST");
		body.put("village", "太平庄村");
		JsonNode lot = post(body).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
			.getResponseBody();
		JsonNode certificate = lot.get("complianceCertificate");
		assertThat(certificate.get("productName").asString()).isEqualTo("太平庄番茄");
		assertThat(certificate.get("producerName").asString()).isEqualTo("太平庄番茄专业合作社");
		assertThat(certificate.get("quantityKg").decimalValue()).isEqualByComparingTo("800");
		assertThat(certificate.get("basis").asString()).isEqualTo("COMMISSIONED_TEST");
		assertThat(certificate.get("origin").asString()).isEqualTo("黄合少镇 太平庄村");
		assertThat(certificate.get("commitments")).hasSize(3);
		assertThat(certificate.get("issuedOn").asString()).isNotBlank();

		JsonNode events = registry.get("/api/v1/lots/" + lot.get("lotCode").asString() + "/events");
		assertThat(events.get("content")).hasSize(1);
		assertThat(events.get("content").get(0).get("type").asString()).isEqualTo("HARVESTED");
		assertThat(events.get("content").get(0).get("recordedBy").asString()).isEqualTo("区农牧水利局");
	}

	@Test
	void listsLotsByProducerProductAndYear() {
		registry.lot(producerId, "TPZ-TOMATO", LocalDate.of(2024, 7, 1), "10", "5");
		registry.lot(producerId, "TPZ-TOMATO", LocalDate.of(2025, 7, 1), "10", "5");
		registry.lot(producerId, "GCL-PUMPKIN", LocalDate.of(2025, 9, 1), "10", "2");

		JsonNode all = registry.get("/api/v1/lots?producerId=" + producerId);
		assertThat(all.get("page").get("totalElements").asLong()).isEqualTo(3);
		JsonNode tomatoes2025 = registry.get("/api/v1/lots?producerId=" + producerId + "&productCode=TPZ-TOMATO&year=2025");
		assertThat(tomatoes2025.get("content")).hasSize(1);
		assertThat(tomatoes2025.get("content").get(0).get("harvestDate").asString()).isEqualTo("2025-07-01");
		assertThat(tomatoes2025.get("content").get(0).has("certifiedTypes")).isTrue();

		registry.anonymous().get().uri("/api/v1/lots?producerId=abc").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("producerId");
		registry.anonymous().get().uri("/api/v1/lots?year=1999").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
	}

	@Test
	void anonymousWritesAreRefusedButReadsAreOpen() {
		var before = registry.counts();
		registry.anonymous().post().uri("/api/v1/lots").contentType(MediaType.APPLICATION_JSON)
			.body(lot("2025-07-18", "100", "5")).exchange().expectStatus().isUnauthorized();
		assertThat(registry.counts()).isEqualTo(before);
		registry.anonymous().get().uri("/api/v1/lots?producerId=" + producerId).exchange().expectStatus().isOk();
	}
}
