package cn.saihan.trace.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The details of an export that EPCIS readers rely on: when a correction was declared, the
 * despatch advice of a shipment, what a receipt took in, and a producer's GLN as the place
 * (SGLN) and the party (PGLN). Every document stays valid against GS1's EPCIS 2.0 schema.
 */
@TraceIntegrationTest
class EpcisDetailsIntegrationTests {

	/** 6901234000016: the demo company prefix's first location, check digit 6. */
	static final String GLN = "6901234000016";

	@Autowired
	RegistryClient registry;

	@Test
	void aCorrectionIsDeclaredWhenTheCorrectionWasRecorded() throws Exception {
		String lotCode = lot(registry.producer("太平庄番茄专业合作社", "huangheshao"));
		long wrong = event(lotCode, "SHIPPED", Map.of("to", "错误的收货方"), null).get("id").asLong();
		Thread.sleep(20);
		event(lotCode, "SHIPPED", Map.of("to", "呼和浩特市蔬菜包装有限公司"), wrong);

		JsonNode events = export(lotCode).get("epcisBody").get("eventList");

		JsonNode erroneous = events.get(1);
		JsonNode correction = events.get(2);
		assertThat(erroneous.at("/errorDeclaration/declarationTime").asString())
			.isEqualTo(correction.get("recordTime").asString())
			.isNotEqualTo(erroneous.get("recordTime").asString());
	}

	@Test
	void aShipmentNamesItsDespatchAdviceAndAReceiptWhatItTookIn() throws Exception {
		String lotCode = lot(registry.producer("太平庄番茄专业合作社", "huangheshao"));
		event(lotCode, "SHIPPED", Map.of("to", "呼和浩特市蔬菜包装有限公司", "quantityKg", "500", "documentNo", "FH-2025/0716"),
				null);
		event(lotCode, "RECEIVED", Map.of("from", "太平庄番茄专业合作社", "quantityKg", "480"), null);
		event(lotCode, "RECEIVED", Map.of("from", "太平庄番茄专业合作社"), null);

		JsonNode document = export(lotCode);
		JsonNode events = document.get("epcisBody").get("eventList");

		assertThat(EpcisSchema.validate(document)).isEmpty();
		JsonNode transaction = events.get(1).at("/bizTransactionList/0");
		assertThat(transaction.get("type").asString()).isEqualTo("desadv");
		assertThat(transaction.get("bizTransaction").asString()).isEqualTo("urn:saihan-trace:epcis:desadv:FH-2025%2F0716");
		assertThat(events.get(1).at("/quantityList/0/quantity").decimalValue()).isEqualByComparingTo("500");
		assertThat(events.get(2).at("/quantityList/0/quantity").decimalValue()).isEqualByComparingTo("480");
		// A receipt without a figure is some of the lot: never reported as the whole 1200 kg.
		assertThat(events.get(3).at("/quantityList/0").has("quantity")).isFalse();
		assertThat(events.get(3).at("/quantityList/0/epcClass").asString()).endsWith("/10/" + lotCode);
	}

	@Test
	void aProducersGlnIsThePlaceAndThePartyOfItsEvents() throws Exception {
		long producer = registry.post("/api/v1/producers", Map.of("name", "金河镇番茄合作社", "type", "COOPERATIVE",
				"creditCode", RegistryClient.freshCreditCode(), "townCode", "jinhe", "gln", GLN)).get("id").asLong();
		assertThat(registry.get("/api/v1/producers/" + producer).get("gln").asString()).isEqualTo(GLN);
		String lotCode = lot(producer);
		event(lotCode, "SHIPPED", Map.of("to", "呼和浩特市蔬菜包装有限公司"), null);
		event(lotCode, "RECEIVED", Map.of("from", "赛罕区农资站"), null);

		JsonNode document = export(lotCode);
		JsonNode events = document.get("epcisBody").get("eventList");

		assertThat(EpcisSchema.validate(document)).isEmpty();
		for (JsonNode event : events) {
			assertThat(event.at("/readPoint/id").asString()).isEqualTo("https://id.gs1.org/414/" + GLN);
			assertThat(event.at("/bizLocation/id").asString()).isEqualTo("https://id.gs1.org/414/" + GLN);
		}
		assertThat(events.get(1).at("/sourceList/0/source").asString()).isEqualTo("https://id.gs1.org/417/" + GLN);
		assertThat(events.get(2).at("/destinationList/0/destination").asString())
			.isEqualTo("https://id.gs1.org/417/" + GLN);
	}

	@Test
	void withoutAGlnNoPlaceIsClaimed() throws Exception {
		String lotCode = lot(registry.producer("太平庄番茄专业合作社", "huangheshao"));

		JsonNode harvest = export(lotCode).get("epcisBody").get("eventList").get(0);

		assertThat(harvest.has("readPoint")).isFalse();
		assertThat(harvest.has("bizLocation")).isFalse();
	}

	@Test
	void aGlnWithAWrongCheckDigitOrShapeIsRefusedAndNothingIsStored() {
		Map<String, Long> before = registry.counts();
		for (String gln : new String[] { "6901234000017", "690123400001", "69012340000AB" }) {
			registry.asBureau().post().uri("/api/v1/producers").contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("name", "错误位置码合作社", "type", "COOPERATIVE", "creditCode", RegistryClient.freshCreditCode(),
						"townCode", "jinhe", "gln", gln))
				.exchange().expectStatus().isBadRequest()
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("gln");
			registry.anonymous().post().uri("/api/v1/enrolments").contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("name", "错误位置码农场", "type", "INDIVIDUAL", "townCode", "jinhe", "contactName", "王五",
						"contactPhone", "13800000000", "username", "gln-" + gln,
						"password", "a-good-password-1", "gln", gln))
				.exchange().expectStatus().isBadRequest()
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("gln");
		}
		assertThat(registry.counts()).isEqualTo(before);
		long producer = registry.producer("位置码更正合作社", "jinhe");
		JsonNode details = registry.get("/api/v1/producers/" + producer);
		registry.asBureau().put().uri("/api/v1/producers/" + producer).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", details.get("name").asString(), "type", "COOPERATIVE", "creditCode",
					details.get("creditCode").asString(), "townCode", "jinhe", "gln", "6901234000017"))
			.exchange().expectStatus().isBadRequest();
		assertThat(registry.get("/api/v1/producers/" + producer).get("gln").isNull()).isTrue();
	}

	private String lot(long producer) {
		return registry.lot(producer, "TPZ-TOMATO", LocalDate.of(2025, 7, 15), "1200", "5.5").get("lotCode").asString();
	}

	private JsonNode event(String lotCode, String type, Map<String, Object> details, Long corrects) {
		Map<String, Object> body = new HashMap<>(Map.of("type", type, "occurredAt", "2025-07-16T10:00:00+08:00",
				"location", "黄合少镇太平庄村", "details", details));
		if (corrects != null) {
			body.put("correctsEventId", corrects);
		}
		return registry.post("/api/v1/lots/" + lotCode + "/events", body);
	}

	private JsonNode export(String code) {
		return registry.anonymous().get().uri("/api/v1/lots/" + code + "/epcis").exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}
}
