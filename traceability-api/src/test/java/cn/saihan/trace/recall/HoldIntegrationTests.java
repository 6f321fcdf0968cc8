package cn.saihan.trace.recall;

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
class HoldIntegrationTests {

	@Autowired
	RegistryClient registry;

	long farm;

	long packer;

	long wholesaler;

	@BeforeEach
	void producersAlongTheChain() {
		farm = registry.producer("东干丈生态农场", "yulin");
		packer = registry.producer("赛罕蔬菜包装合作社", "bayan");
		wholesaler = registry.producer("东瓦窑批发商行", "renminlu");
	}

	private String lot(long producer) {
		return registry.lot(producer, "TPZ-TOMATO", LocalDate.parse("2025-07-10"), "500", "5").get("lotCode").asString();
	}

	private String transform(long producer, String input, String kg) {
		return registry.post("/api/v1/transformations", Map.of("producerId", producer, "occurredAt",
				"2025-07-20T09:00:00+08:00", "location", "包装车间", "inputs", List.of(Map.of("lotCode", input,
						"quantityKg", kg)), "output", Map.of("productCode", "TPZ-TOMATO", "quantityKg", kg,
						"unitPriceYuan", "8")))
			.get("lotCode").asString();
	}

	private RestTestClient.ResponseSpec change(RestTestClient client, String lotCode, String action, Object reason) {
		Map<String, Object> body = new HashMap<>();
		body.put("reason", reason);
		return client.post().uri("/api/v1/lots/" + lotCode + "/" + action).contentType(MediaType.APPLICATION_JSON)
			.body(body).exchange();
	}

	private JsonNode changed(String lotCode, String action, String reason) {
		return change(registry.asBureau(), lotCode, action, reason).expectStatus().isOk().expectBody(JsonNode.class)
			.returnResult().getResponseBody();
	}

	private String status(String lotCode) {
		return registry.get("/api/v1/lots/" + lotCode + "/status").get("status").asString();
	}

	private RestTestClient.ResponseSpec event(RestTestClient client, String lotCode, String type,
			Map<String, Object> details) {
		return client.post().uri("/api/v1/lots/" + lotCode + "/events").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("type", type, "occurredAt", "2025-07-21T09:00:00+08:00", "location", "仓库", "details",
					details))
			.exchange();
	}

	@Test
	void aHoldCoversEveryLotDownstreamThroughTwoTransformationsAndItsReleaseLiftsIt() {
		String field = lot(farm);
		String packed = transform(packer, field, "400");
		String repacked = transform(wholesaler, packed, "300");

		JsonNode held = changed(field, "hold", "农残快检疑似超标");
		assertThat(held.get("status").asString()).isEqualTo("HELD");
		assertThat(held.get("reason").asString()).isEqualTo("农残快检疑似超标");
		assertThat(held.get("since").isNull()).isFalse();
		assertThat(held.get("history").get(0).get("by").asString()).isEqualTo("区农牧水利局");
		for (String lot : List.of(packed, repacked)) {
			JsonNode status = registry.get("/api/v1/lots/" + lot + "/status");
			assertThat(status.get("status").asString()).isEqualTo("HELD");
			assertThat(status.get("history").get(0).get("causeLotCode").asString()).isEqualTo(field);
			assertThat(registry.get("/api/v1/lots/" + lot).get("status").asString()).isEqualTo("HELD");
			JsonNode events = registry.get("/api/v1/lots/" + lot + "/events").get("content");
			JsonNode last = events.get(events.size() - 1);
			assertThat(last.get("type").asString()).isEqualTo("HELD");
			assertThat(last.get("details").get("causeLotCode").asString()).isEqualTo(field);
		}
		assertThat(registry.jdbc().queryForObject(
				"select content from audit_entry where action = 'LOT_HELD' and subject = ?", String.class,
				"lot:" + field)).contains("\"lotsReached\":3").contains(repacked);

		JsonNode released = changed(field, "release", "复检合格");
		assertThat(released.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(released.get("history")).hasSize(2);
		assertThat(status(packed)).isEqualTo("ACTIVE");
		assertThat(status(repacked)).isEqualTo("ACTIVE");
		assertThat(registry.get("/api/v1/lots/" + repacked + "/events").get("content").findValuesAsString("type"))
			.endsWith("HELD", "RELEASED");
	}

	@Test
	void aReleaseLiftsOnlyItsOwnHoldAndALotHeldByTwoCausesStaysHeldUntilBothAreReleased() {
		String field = lot(farm);
		String packed = transform(packer, field, "400");
		String repacked = transform(wholesaler, packed, "300");
		changed(field, "hold", "产地抽检");
		changed(packed, "hold", "包装车间卫生问题");

		changed(field, "release", "产地复检合格");
		assertThat(status(field)).isEqualTo("ACTIVE");
		assertThat(status(packed)).isEqualTo("HELD");
		JsonNode stillHeld = registry.get("/api/v1/lots/" + repacked + "/status");
		assertThat(stillHeld.get("status").asString()).isEqualTo("HELD");
		assertThat(stillHeld.get("reason").asString()).isEqualTo("包装车间卫生问题");

		// The lot held from upstream has no hold of its own to release.
		var before = registry.counts();
		change(registry.asBureau(), repacked, "release", "误操作").expectStatus().isEqualTo(409);
		assertThat(registry.counts()).isEqualTo(before);

		changed(packed, "release", "整改完成");
		assertThat(status(packed)).isEqualTo("ACTIVE");
		assertThat(status(repacked)).isEqualTo("ACTIVE");
	}

	@Test
	void aFailedInspectionHoldsTheLotAtOnceAndAPassedOneDoesNot() {
		String passed = lot(farm);
		event(registry.asBureau(), passed, "INSPECTED", Map.of("lab", "内蒙古农产品检测中心", "result", "PASS",
				"items", List.of("农药残留"))).expectStatus().isCreated();
		assertThat(status(passed)).isEqualTo("ACTIVE");

		String failed = lot(farm);
		String packed = transform(packer, failed, "100");
		JsonNode inspection = event(registry.asBureau(), failed, "INSPECTED", Map.of("lab", "内蒙古农产品检测中心",
				"result", "FAIL", "items", List.of("毒死蜱"))).expectStatus().isCreated().expectBody(JsonNode.class)
			.returnResult().getResponseBody();
		JsonNode status = registry.get("/api/v1/lots/" + failed + "/status");
		assertThat(status.get("status").asString()).isEqualTo("HELD");
		assertThat(status.get("reason").asString()).contains("内蒙古农产品检测中心", "毒死蜱",
				"#" + inspection.get("id").asLong());
		assertThat(status(packed)).isEqualTo("HELD");

		// A second failure finds the lot held already and leaves it so.
		event(registry.asBureau(), failed, "INSPECTED", Map.of("lab", "赛罕区检测站", "result", "FAIL", "items",
				List.of("毒死蜱"))).expectStatus().isCreated();
		assertThat(registry.get("/api/v1/lots/" + failed + "/status").get("history")).hasSize(1);
	}

	@Test
	void aHeldLotIsNeitherPackedShippedSoldNorTransformedButStillInspectedAndReceived() {
		String field = lot(farm);
		changed(field, "hold", "待检");
		var before = registry.counts();
		for (var refused : List.of(Map.entry("PACKED", Map.<String, Object>of()),
				Map.entry("SHIPPED", Map.<String, Object>of("to", "东瓦窑批发市场")), Map.entry("SOLD", Map.<String, Object>of()))) {
			event(registry.asBureau(), field, refused.getKey(), refused.getValue()).expectStatus().isEqualTo(409)
				.expectBody().jsonPath("$.code").isEqualTo("EventRefusal.LOT_NOT_SELLABLE")
				.jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("HELD"));
		}
		registry.asBureau().post().uri("/api/v1/transformations").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("producerId", packer, "occurredAt", "2025-07-20T09:00:00+08:00", "location", "包装车间",
					"inputs", List.of(Map.of("lotCode", field, "quantityKg", "100")), "output",
					Map.of("productCode", "TPZ-TOMATO", "quantityKg", "100", "unitPriceYuan", "8")))
			.exchange().expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("inputs[0].lotCode")
			.jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("HELD"));
		assertThat(registry.counts()).isEqualTo(before);

		event(registry.asBureau(), field, "INSPECTED", Map.of("lab", "赛罕区检测站", "result", "PASS", "items",
				List.of("农药残留"))).expectStatus().isCreated();
		event(registry.asBureau(), field, "RECEIVED", Map.of("from", "东瓦窑批发市场")).expectStatus().isCreated();
		// Posted by hand, a change of status is refused: it has its own calls.
		event(registry.asBureau(), field, "RELEASED", Map.of("reason", "x", "causeLotCode", field))
			.expectStatus().isBadRequest();
	}

	@Test
	void aRecallIsFinal() {
		String field = lot(farm);
		String packed = transform(packer, field, "400");
		JsonNode recalled = changed(field, "recall", "检出禁用农药，召回");
		assertThat(recalled.get("status").asString()).isEqualTo("RECALLED");
		assertThat(status(packed)).isEqualTo("RECALLED");

		var before = registry.counts();
		change(registry.asBureau(), field, "release", "撤销").expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.code").isEqualTo("HoldRefusal.RECALL_IS_FINAL");
		change(registry.asBureau(), field, "hold", "再查").expectStatus().isEqualTo(409);
		change(registry.asBureau(), field, "recall", "再召回").expectStatus().isEqualTo(409);
		change(registry.asBureau(), packed, "release", "撤销").expectStatus().isEqualTo(409);
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void aRecallOfAHeldLotReplacesItsHold() {
		String field = lot(farm);
		changed(field, "hold", "待检");
		changed(field, "recall", "检出禁用农药");
		assertThat(status(field)).isEqualTo("RECALLED");
		assertThat(registry.jdbc().queryForObject("select count(*) from lot_hold h join lot l on l.id = h.lot_id "
				+ "where l.lot_code = ? and h.kind = 'HOLD'", Long.class, field)).isZero();
	}

	@Test
	void badInputIsRefusedAndChangesNothing() {
		String field = lot(farm);
		changed(field, "hold", "待检");
		var before = registry.counts();
		change(registry.asBureau(), field, "hold", "再查").expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.code").isEqualTo("HoldRefusal.ALREADY_HELD");
		assertThat(registry.counts()).isEqualTo(before);
		String other = lot(farm);
		before = registry.counts();
		for (Object reason : new Object[] { null, "", "   ", "\u00A0\u3000", "检出\u202E药农", "长".repeat(501) }) {
			change(registry.asBureau(), other, "hold", reason).expectStatus().isBadRequest()
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
		}
		change(registry.asBureau(), "NO-SUCH-LOT", "hold", "待检").expectStatus().isNotFound();
		change(registry.anonymous(), other, "hold", "待检").expectStatus().isUnauthorized();
		assertThat(registry.counts()).isEqualTo(before);
		RestTestClient farmer = registry.farmerOf(farm);
		before = registry.counts();
		change(farmer, field, "release", "自查合格").expectStatus().isForbidden();
		change(farmer, other, "recall", "自愿召回").expectStatus().isForbidden();
		RestTestClient stranger = registry.farmerOf(packer);
		before = registry.counts();
		change(stranger, other, "hold", "别人的批次").expectStatus().isForbidden();
		assertThat(registry.counts()).isEqualTo(before);

		// A producer holds its own lot.
		JsonNode held = change(farmer, other, "hold", "自查发现问题").expectStatus().isOk().expectBody(JsonNode.class)
			.returnResult().getResponseBody();
		assertThat(held.get("status").asString()).isEqualTo("HELD");
		assertThat(held.get("history").get(0).get("by").asString()).isEqualTo("东干丈生态农场");
		assertThat(status(other)).isEqualTo("HELD");
		change(registry.asBureau(), other, "hold", "长".repeat(500)).expectStatus().isEqualTo(409);
	}
}
