package cn.saihan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.saihan.trace.epcis.EpcisSchema;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.StoredEvents;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Events stored before their details were checked (or by hand) with details that do not fit their
 * record: every reader still answers, and shows the odd value as the text it is. Events are
 * append-only, so such an event can never be removed; one of them must not break a lot for good.
 */
@TraceIntegrationTest
class OddStoredEventsIntegrationTests {

	private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

	@Autowired
	RegistryClient registry;

	String lotCode;

	@BeforeEach
	void aLotWithOddEventsWrittenStraightIntoTheTable() {
		long producer = registry.producer("黑沙图火龙果合作社", "jinhe");
		lotCode = registry.lot(producer, "HST-PITAYA", LocalDate.of(2025, 8, 20), "500", "18").get("lotCode")
			.asString();
		store("INSPECTED", 21, "{\"lab\": 7, \"result\": \"MAYBE\", \"items\": \"农药残留\", \"colour\": \"red\"}");
		store("SHIPPED", 22, "{\"to\": \"东瓦窑批发市场\", \"quantityKg\": \"lots\", \"documentNo\": 42}");
		store("SHIPPED", 23, "{\"quantityKg\": 1e20}");
		store("RECEIVED", 24, "{not json");
		store("SOLD", 25, "[\"x\"]");
		store("TRANSFORMED", 26, "{\"inputs\": \"" + lotCode + "\", \"outputQuantityKg\": \"much\"}");
	}

	private void store(String type, int day, String details) {
		StoredEvents.write(registry.jdbc(), lotCode, type, OffsetDateTime.of(2025, 8, day, 9, 0, 0, 0, CHINA), details);
	}

	@Test
	void theEventsListShowsEachOddValueAsText() {
		JsonNode events = registry.get("/api/v1/lots/" + lotCode + "/events").get("content");
		assertThat(events.valueStream().map(e -> e.get("type").asString())).containsExactly("HARVESTED", "INSPECTED",
				"SHIPPED", "SHIPPED", "RECEIVED", "SOLD", "TRANSFORMED");
		JsonNode inspected = events.get(1).get("details");
		assertThat(inspected.get("lab").asString()).isEqualTo("7");
		assertThat(inspected.get("result").asString()).isEqualTo("MAYBE");
		assertThat(inspected.get("items").get(0).asString()).isEqualTo("农药残留");
		JsonNode shipped = events.get(2).get("details");
		assertThat(shipped.get("quantityKg").isString()).isTrue();
		assertThat(shipped.get("quantityKg").asString()).isEqualTo("lots");
		assertThat(shipped.get("documentNo").asString()).isEqualTo("42");
		assertThat(events.get(3).get("details").get("quantityKg").asString()).isEqualTo("1E+20");
		assertThat(events.get(4).get("details").asString()).isEqualTo("{not json");
		assertThat(events.get(5).get("details").asString()).isEqualTo("[\"x\"]");
		assertThat(events.get(6).get("details").get("outputQuantityKg").asString()).isEqualTo("much");
	}

	@Test
	void theTraceAndTheRecallReportAnswerWithTheOddQuantityAsText() {
		JsonNode trace = registry.get("/api/v1/lots/" + lotCode + "/trace?depth=all");
		assertThat(trace.get("shippedTo").valueStream().map(JsonNode::asString)).containsExactly("东瓦窑批发市场");
		assertThat(trace.get("receivedFrom")).isEmpty();

		JsonNode recall = registry.get("/api/v1/lots/" + lotCode + "/recall");
		assertThat(recall.get("receivers").valueStream().map(JsonNode::asString)).containsExactly("东瓦窑批发市场");
		assertThat(recall.get("rows").valueStream().map(row -> row.get("quantityKg").asString()))
			.containsExactlyInAnyOrder("lots", "1E+20");

		String csv = new String(registry.anonymous().get().uri("/api/v1/lots/" + lotCode + "/recall.csv").exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
		assertThat(csv).contains("," + lotCode + ",HST-PITAYA,黑沙图红心火龙果,lots,KGM,")
			.contains(",东瓦窑批发市场,2025-08-22,")
			.contains("DELIVERY_NOTE,42");
	}

	@Test
	void theEpcisExportStaysValidAndCarriesTheOddValuesAsText() throws Exception {
		JsonNode document = registry.get("/api/v1/lots/" + lotCode + "/epcis");
		assertThat(EpcisSchema.validate(document)).isEmpty();
		JsonNode events = document.get("epcisBody").get("eventList");
		assertThat(events.valueStream().map(e -> e.get("type").asString())).containsExactly("ObjectEvent",
				"ObjectEvent", "ObjectEvent", "ObjectEvent", "ObjectEvent", "ObjectEvent", "TransformationEvent");

		JsonNode inspected = events.get(1);
		assertThat(inspected.get("saihan:result").asString()).isEqualTo("MAYBE");
		assertThat(inspected.has("disposition")).isFalse();
		JsonNode shipped = events.get(2);
		assertThat(shipped.get("saihan:quantityKg").asString()).isEqualTo("lots");
		assertThat(shipped.get("quantityList").get(0).has("quantity")).isFalse();
		assertThat(shipped.get("saihan:to").asString()).isEqualTo("东瓦窑批发市场");
		assertThat(events.get(4).get("saihan:details").asString()).isEqualTo("{not json");
		assertThat(events.get(4).has("sourceList")).isFalse();
		JsonNode transformed = events.get(6);
		assertThat(transformed.get("inputQuantityList").get(0).has("quantity")).isFalse();
		assertThat(transformed.get("saihan:inputs").get(0).get("lotCode").asString()).isEqualTo(lotCode);
	}
}
