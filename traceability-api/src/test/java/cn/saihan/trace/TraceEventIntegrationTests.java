package cn.saihan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

@TraceIntegrationTest
class TraceEventIntegrationTests {

	private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

	@Autowired
	RegistryClient registry;

	String lotCode;

	@BeforeEach
	void aLot() {
		long producerId = registry.producer("黑沙图火龙果合作社", "jinhe");
		lotCode = registry.lot(producerId, "HST-PITAYA", LocalDate.of(2025, 8, 20), "500", "18")
			.get("lotCode").asString();
	}

	private Map<String, Object> event(String type, Map<String, Object> details) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", type);
		body.put("occurredAt", OffsetDateTime.of(2025, 8, 21, 9, 30, 0, 0, CHINA).toString());
		body.put("location", "金河镇黑沙图村 包装车间");
		body.put("details", details);
		return body;
	}

	private RestTestClient.ResponseSpec post(Map<String, Object> body) {
		return registry.asBureau().post().uri("/api/v1/lots/" + lotCode + "/events")
			.contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	private void refused(Map<String, Object> body, String... fields) {
		var before = registry.counts();
		post(body).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[*].field").value(found -> assertThat(found.toString()).contains(fields));
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void recordsAnInspectionWithItsResultAndListsEventsInTimeOrder() {
		post(event("PACKED", Map.of())).expectStatus().isCreated();
		Map<String, Object> inspection = event("INSPECTED",
				Map.of("lab", "呼和浩特市农产品质量安全检测中心", "result", "PASS", "items", List.of("农药残留", "重金属")));
		inspection.put("occurredAt", OffsetDateTime.of(2025, 8, 20, 16, 0, 0, 0, CHINA).toString());
		post(inspection).expectStatus().isCreated()
			.expectBody().jsonPath("$.bizStep").isEqualTo("inspecting").jsonPath("$.details.result").isEqualTo("PASS");

		JsonNode events = registry.get("/api/v1/lots/" + lotCode + "/events").get("content");
		assertThat(events.valueStream().map(e -> e.get("type").asString()))
			.containsExactly("HARVESTED", "INSPECTED", "PACKED");
		assertThat(events.get(1).get("details").get("items").get(0).asString()).isEqualTo("农药残留");
	}

	@Test
	void anInspectionNeedsLabResultAndItems() {
		refused(event("INSPECTED", Map.of()), "details.lab", "details.result", "details.items");
		refused(event("INSPECTED", Map.of("lab", "检测站", "result", "MAYBE", "items", List.of("农残"))),
				"details.result");
	}

	@Test
	void shippingNamesTheReceiverAndReceivingTheSender() {
		refused(event("SHIPPED", Map.of()), "details.to");
		refused(event("RECEIVED", Map.of("to", "x")), "details.from");
		post(event("SHIPPED", Map.of("to", "呼和浩特市东瓦窑批发市场"))).expectStatus().isCreated();
	}

	@Test
	void aShipmentsQuantityIsAPositiveNumberOfKilogramsWithAtMostNinePlusThreeDigits() {
		refused(event("SHIPPED", Map.of("to", "东瓦窑批发市场", "quantityKg", "lots")), "details.quantityKg");
		refused(event("SHIPPED", Map.of("to", "东瓦窑批发市场", "quantityKg", -5)), "details.quantityKg");
		refused(event("SHIPPED", Map.of("to", "东瓦窑批发市场", "quantityKg", new BigDecimal("1E+20"))),
				"details.quantityKg");
		refused(event("SHIPPED", Map.of("to", "东瓦窑批发市场", "quantityKg", "0.0001")), "details.quantityKg");
		refused(event("RECEIVED", Map.of("from", "黑沙图村", "quantityKg", 0)), "details.quantityKg");

		post(event("SHIPPED", Map.of("to", "东瓦窑批发市场", "quantityKg", "120.5", "documentNo", "DN-0821-01")))
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.details.quantityKg").isEqualTo(120.5)
			.jsonPath("$.details.documentNo").isEqualTo("DN-0821-01");
		JsonNode receipt = registry.post("/api/v1/lots/" + lotCode + "/events",
				event("RECEIVED", Map.of("from", "黑沙图村")));
		// Details keep the shape they are posted in: an optional detail left out is not answered as null.
		assertThat(receipt.get("details").propertyNames()).containsExactly("from");
	}

	@Test
	void anInspectionsResultIsPassOrFailAndItsItemsAListOfShortTexts() {
		refused(event("INSPECTED", Map.of("lab", "检测站", "result", "MAYBE", "items", List.of("农残"))),
				"details.result");
		refused(event("INSPECTED", Map.of("lab", "检测站", "result", "PASS", "items", "x")), "details.items");
		refused(event("INSPECTED", Map.of("lab", "检测站", "result", "PASS", "items", List.of(""))),
				"details.items[0]");
		refused(event("INSPECTED", Map.of("lab", "检测站", "result", "PASS", "items", List.of("农残", "x".repeat(101)))),
				"details.items[1]");
	}

	@Test
	void aDetailTooLongForItsFieldOrAllDetailsTooLongToStoreAreRefusedByName() {
		refused(event("SHIPPED", Map.of("to", "买".repeat(10_000))), "details.to");
		// Each of 100 items may be 100 characters; together they do not fit the column.
		List<String> items = IntStream.range(0, 100).mapToObj(i -> i + "号" + "项".repeat(97)).toList();
		var before = registry.counts();
		post(event("INSPECTED", Map.of("lab", "检测站", "result", "PASS", "items", items))).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("details")
			.jsonPath("$.errors[0].code").isEqualTo("EventRefusal.DETAILS_TOO_LONG");
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void anEventLiesBetweenTheStartOfItsLotsHarvestDayAndNow() {
		for (String outOfTime : new String[] { "0001-01-01T00:00:00+08:00", "-999999999-01-01T00:00:00+08:00",
				"2025-08-19T23:59:59+08:00", "2025-08-19T15:59:59Z" }) {
			Map<String, Object> body = event("PACKED", Map.of());
			body.put("occurredAt", outOfTime);
			refused(body, "occurredAt");
		}
		// Midnight in the district's zone starts the harvest day, whatever the offset it is written in.
		Map<String, Object> atMidnight = event("PACKED", Map.of());
		atMidnight.put("occurredAt", "2025-08-19T16:00:00Z");
		post(atMidnight).expectStatus().isCreated();
	}

	@Test
	void harvestIsRecordedAtRegistrationAndNotPostedAgain() {
		refused(event("HARVESTED", Map.of()), "type");
	}

	@Test
	void anEventInTheFutureOrWithoutPlaceOrTimeIsRefused() {
		Map<String, Object> future = event("PACKED", Map.of());
		future.put("occurredAt", OffsetDateTime.now(CHINA).plusDays(1).toString());
		refused(future, "occurredAt");
		Map<String, Object> noPlace = event("PACKED", Map.of());
		noPlace.remove("location");
		noPlace.remove("occurredAt");
		refused(noPlace, "location", "occurredAt");
		refused(event("DESTROYED", Map.of()), "type");
	}

	@Test
	void aCorrectionIsANewEventThatNamesTheCorrectedOneOfTheSameLot() {
		long shipped = post(event("SHIPPED", Map.of("to", "错误的买家"))).expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
		Map<String, Object> correction = event("SHIPPED", Map.of("to", "呼和浩特市美通批发市场"));
		correction.put("correctsEventId", shipped);
		post(correction).expectStatus().isCreated().expectBody().jsonPath("$.correctsEventId").isEqualTo(shipped);

		JsonNode events = registry.get("/api/v1/lots/" + lotCode + "/events").get("content");
		assertThat(events).hasSize(3);
		assertThat(events.findValuesAsString("to")).containsExactly("错误的买家", "呼和浩特市美通批发市场");

		long otherProducer = registry.producer("另一家", "jinhe");
		String otherLot = registry.lot(otherProducer, "HST-PITAYA", LocalDate.of(2025, 8, 1), "5", "10")
			.get("lotCode").asString();
		long foreign = registry.get("/api/v1/lots/" + otherLot + "/events").get("content").get(0).get("id").asLong();
		Map<String, Object> wrong = event("SHIPPED", Map.of("to", "x"));
		wrong.put("correctsEventId", foreign);
		refused(wrong, "correctsEventId");
	}

	@Test
	void eventsOfAnUnknownLotAreNotFound() {
		var before = registry.counts();
		registry.asBureau().post().uri("/api/v1/lots/NO-SUCH-LOT/events").contentType(MediaType.APPLICATION_JSON)
			.body(event("PACKED", Map.of())).exchange().expectStatus().isNotFound();
		assertThat(registry.counts()).isEqualTo(before);
		registry.anonymous().get().uri("/api/v1/lots/NO-SUCH-LOT/events").exchange().expectStatus().isNotFound();
	}
}
