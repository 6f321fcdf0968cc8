package cn.saihan.trace.transformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

@TraceIntegrationTest
class TransformationIntegrationTests {

	@Autowired
	RegistryClient registry;

	long farmA;

	long farmB;

	long packer;

	long wholesaler;

	@BeforeEach
	void producersAlongTheChain() {
		farmA = registry.producer("东干丈生态农场", "yulin");
		farmB = registry.producer("太平庄番茄专业合作社", "huangheshao");
		packer = registry.producer("赛罕蔬菜包装合作社", "bayan");
		wholesaler = registry.producer("东瓦窑批发商行", "renminlu");
	}

	private String lot(long producer, String date, String kg) {
		return registry.lot(producer, "TPZ-TOMATO", LocalDate.parse(date), kg, "5").get("lotCode").asString();
	}

	private Map<String, Object> transformation(long producer, List<Map<String, Object>> inputs, String outputKg) {
		return Map.of("producerId", producer, "occurredAt", "2025-07-20T09:00:00+08:00", "location", "包装车间",
				"inputs", inputs, "output", Map.of("productCode", "TPZ-TOMATO", "quantityKg", outputKg,
						"unitPriceYuan", "8"));
	}

	private static Map<String, Object> input(String lotCode, String kg) {
		return Map.of("lotCode", lotCode, "quantityKg", kg);
	}

	private String transform(long producer, List<Map<String, Object>> inputs, String outputKg) {
		return registry.post("/api/v1/transformations", transformation(producer, inputs, outputKg)).get("lotCode")
			.asString();
	}

	private void refused(Map<String, Object> body, String field) {
		var before = registry.counts();
		registry.asBureau().post().uri("/api/v1/transformations").contentType(MediaType.APPLICATION_JSON).body(body)
			.exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[*].field").value(f -> assertThat(f.toString()).contains(field));
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void mergesLotsIntoANewLotThatKeepsTheEarliestHarvestDate() {
		String a = lot(farmA, "2025-07-10", "500");
		String b = lot(farmB, "2025-07-12", "300");
		JsonNode output = registry.post("/api/v1/transformations",
				transformation(packer, List.of(input(a, "500"), input(b, "300")), "780"));
		assertThat(output.get("origin").asString()).isEqualTo("TRANSFORMATION");
		assertThat(output.get("producerId").asLong()).isEqualTo(packer);
		assertThat(output.get("harvestDate").asString()).isEqualTo("2025-07-10");
		assertThat(output.get("valueYuan").decimalValue()).isEqualByComparingTo("6240.00");
		JsonNode events = registry.get("/api/v1/lots/" + output.get("lotCode").asString() + "/events").get("content");
		assertThat(events.valueStream().map(e -> e.get("type").asString())).containsExactly("TRANSFORMED");
		assertThat(events.get(0).get("details").get("inputs")).hasSize(2);
	}

	@Test
	void quantitiesMustBalance() {
		String a = lot(farmA, "2025-07-10", "500");
		String b = lot(farmB, "2025-07-12", "300");
		refused(transformation(packer, List.of(input(a, "500"), input(b, "300")), "800.001"), "output.quantityKg");
		refused(transformation(packer, List.of(input(a, "500.5")), "400"), "inputs[0].quantityKg");
		refused(transformation(packer, List.of(input(a, "100"), input(a, "100")), "150"), "inputs[1].lotCode");
		refused(transformation(packer, List.of(input("NO-SUCH-LOT", "10")), "10"), "inputs[0].lotCode");
		refused(transformation(packer, List.of(), "10"), "inputs");
		// the output is a lot like any other, within what a harvest lot can be
		Map<String, Object> dear = new HashMap<>(transformation(packer, List.of(input(a, "10")), "10"));
		dear.put("output", Map.of("productCode", "TPZ-TOMATO", "quantityKg", "10", "unitPriceYuan", "10000.01"));
		refused(dear, "output.unitPriceYuan");

		// What one transformation used is no longer there for the next.
		transform(packer, List.of(input(a, "400")), "390");
		refused(transformation(wholesaler, List.of(input(a, "200")), "150"), "inputs[0].quantityKg");
		transform(wholesaler, List.of(input(a, "100")), "100");
	}

	@Test
	void aTransformationCannotHappenBeforeEachOfItsInputsWasHarvested() {
		String a = lot(farmA, "2025-07-10", "500");
		String b = lot(farmB, "2025-07-21", "300");
		// 2025-07-20: after a's harvest, before b's.
		refused(transformation(packer, List.of(input(a, "500"), input(b, "300")), "780"), "occurredAt");
		for (String outOfTime : new String[] { "0001-01-01T00:00:00+08:00", "-999999999-01-01T00:00:00+08:00" }) {
			Map<String, Object> body = new HashMap<>(transformation(packer, List.of(input(a, "500")), "490"));
			body.put("occurredAt", outOfTime);
			refused(body, "occurredAt");
		}
		transform(packer, List.of(input(a, "500")), "490");
	}

	@Test
	void aFarmerTransformsOnlyAsItsOwnProducer() {
		String own = lot(packer, "2025-07-10", "500");
		var farmer = registry.farmerOf(packer);
		var before = registry.counts();
		farmer.post().uri("/api/v1/transformations").contentType(MediaType.APPLICATION_JSON)
			.body(transformation(wholesaler, List.of(input(own, "100")), "100")).exchange().expectStatus().isForbidden();
		assertThat(registry.counts()).isEqualTo(before);
		JsonNode output = farmer.post().uri("/api/v1/transformations").contentType(MediaType.APPLICATION_JSON)
			.body(transformation(packer, List.of(input(own, "100")), "100")).exchange().expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(output.get("producerId").asLong()).isEqualTo(packer);
	}

	@Test
	void aFarmerCannotUseUpAnotherProducersLot() {
		String theirs = lot(farmA, "2025-07-10", "500");
		String own = lot(packer, "2025-07-11", "200");
		var farmer = registry.farmerOf(packer);
		var before = registry.counts();
		long linksBefore = registry.count("lot_input");
		farmer.post().uri("/api/v1/transformations").contentType(MediaType.APPLICATION_JSON)
			.body(transformation(packer, List.of(input(own, "200"), input(theirs, "500")), "690")).exchange()
			.expectStatus().isForbidden();
		assertThat(registry.counts()).isEqualTo(before);
		assertThat(registry.count("lot_input")).isEqualTo(linksBefore);
		assertThat(registry.get("/api/v1/lots/" + theirs + "/trace").get("downstream")).isEmpty();
		// The bureau may use any lot, for any producer.
		transform(packer, List.of(input(theirs, "500")), "490");
	}

	@Test
	void aFarmerUsesALotItsProducerRecordedReceiving() {
		String shipped = lot(farmA, "2025-07-10", "500");
		var farmer = registry.farmerOf(packer);
		String login = registry.jdbc().queryForObject("SELECT username FROM account WHERE producer_id = ?",
				String.class, packer);
		// A receipt the packer's login recorded, and one by somebody else, which gives the packer nothing.
		long lotId = registry.jdbc().queryForObject("SELECT id FROM lot WHERE lot_code = ?", Long.class, shipped);
		String receipt = """
				INSERT INTO trace_event (lot_id, type, occurred_at, location, details, recorded_by, recorded_at)
				VALUES (?, 'RECEIVED', ?, '包装车间', '{"from":"东干丈生态农场"}', ?, ?)""";
		OffsetDateTime at = OffsetDateTime.parse("2025-07-15T09:00:00+08:00");
		registry.jdbc().update(receipt, lotId, at, "someone-else", at);
		farmer.post().uri("/api/v1/transformations").contentType(MediaType.APPLICATION_JSON)
			.body(transformation(packer, List.of(input(shipped, "100")), "100")).exchange().expectStatus().isForbidden();

		registry.jdbc().update(receipt, lotId, at, login, at);
		farmer.post().uri("/api/v1/transformations").contentType(MediaType.APPLICATION_JSON)
			.body(transformation(packer, List.of(input(shipped, "100")), "100")).exchange().expectStatus().isCreated();
	}

	@Test
	void tracesOneStepEachWayAndTheWholeGraphOverThreeLevels() {
		// farmA, farmB → packed → wholesale → retail: three levels below each farm lot.
		String a = lot(farmA, "2025-07-10", "500");
		String b = lot(farmB, "2025-07-12", "300");
		String packed = transform(packer, List.of(input(a, "500"), input(b, "300")), "780");
		String wholesale = transform(wholesaler, List.of(input(packed, "700")), "700");
		String retail = transform(wholesaler, List.of(input(wholesale, "50")), "50");

		JsonNode oneStep = registry.get("/api/v1/lots/" + packed + "/trace");
		assertThat(oneStep.get("upstream").findValuesAsString("lotCode")).containsExactlyInAnyOrder(a, b);
		assertThat(oneStep.get("downstream").findValuesAsString("lotCode")).containsExactly(wholesale);

		JsonNode all = registry.get("/api/v1/lots/" + a + "/trace?depth=all");
		assertThat(all.get("upstream")).isEmpty();
		assertThat(all.get("downstream").findValuesAsString("lotCode")).containsExactly(packed, wholesale, retail);
		assertThat(all.get("downstream").findValues("depth").stream().map(JsonNode::asInt)).containsExactly(1, 2, 3);
		assertThat(all.get("links")).hasSize(3);

		JsonNode fromRetail = registry.get("/api/v1/lots/" + retail + "/trace?depth=all");
		assertThat(fromRetail.get("upstream").findValuesAsString("lotCode"))
			.containsExactlyInAnyOrder(wholesale, packed, a, b);

		registry.anonymous().get().uri("/api/v1/lots/" + a + "/trace?depth=zero").exchange().expectStatus()
			.isBadRequest();
	}

	@Test
	void theRecallReportListsEveryDownstreamLotShipmentAndReceiverAsJsonAndCsv() {
		String a = lot(farmA, "2025-07-10", "500");
		String packed = transform(packer, List.of(input(a, "500")), "490");
		String wholesale = transform(wholesaler, List.of(input(packed, "400")), "400");
		String otherFarm = lot(farmB, "2025-07-12", "300"); // not downstream of a: must not appear
		ship(packed, "东瓦窑批发商行", "2025-07-21T08:00:00+08:00", null);
		ship(wholesale, "美通超市, 新华大街店", "2025-07-22T08:00:00+08:00", "DN-2025-0722-01");
		ship(wholesale, "维多利超市", "2025-07-22T09:00:00+08:00", null);
		ship(otherFarm, "不相关的买家", "2025-07-22T09:00:00+08:00", null);

		JsonNode report = registry.get("/api/v1/lots/" + a + "/recall");
		assertThat(report.get("lots").asInt()).isEqualTo(3);
		assertThat(report.get("receivers").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("东瓦窑批发商行", "美通超市, 新华大街店", "维多利超市");
		// Each receiver with what it received.
		JsonNode victoria = report.get("receivedBy").valueStream()
			.filter(r -> r.get("receiver").asString().equals("维多利超市")).findFirst().orElseThrow();
		assertThat(victoria.get("shipments").findValuesAsString("lotCode")).containsExactly(wholesale);
		assertThat(report.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(report.get("scansSinceRecall").isNull()).isTrue();

		byte[] csv = registry.anonymous().get().uri("/api/v1/lots/" + a + "/recall.csv").exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.valueOf("text/csv"))
			.expectBody(byte[].class).returnResult().getResponseBody();
		String text = new String(csv, StandardCharsets.UTF_8);
		// Chinese titles for the people who open it, each with the FSMA 204 element it carries
		assertThat(text).startsWith("\uFEFF层级(depth),追溯批次号(traceabilityLotCode),产品代码(productCode),产品名称(productName),");
		List<String> lines = Arrays.asList(text.substring(1).split("\r\n"));
		assertThat(lines).hasSize(1 + 4); // header; a (not shipped); packed → 1 shipment; wholesale → 2
		assertThat(lines.get(1)).startsWith("0," + a + ",TPZ-TOMATO,太平庄番茄,500,KGM,,,,")
			.contains(",东干丈生态农场（榆林镇）,").doesNotContain("(yulin)");
		assertThat(lines.get(2)).startsWith("1," + packed + ",TPZ-TOMATO,太平庄番茄,490,KGM,").contains(",巴彦街道 发货仓库,东瓦窑批发商行,2025-07-21,");
		assertThat(lines.get(3)).startsWith("2," + wholesale).contains("\"美通超市, 新华大街店\"")
			.endsWith("DELIVERY_NOTE,DN-2025-0722-01");
		assertThat(lines.get(4)).startsWith("2," + wholesale).contains("维多利超市");
		assertThat(text).doesNotContain(otherFarm).doesNotContain("不相关的买家");
	}

	private void ship(String lotCode, String to, String at, String documentNo) {
		Map<String, Object> details = documentNo == null ? Map.of("to", to) : Map.of("to", to, "documentNo", documentNo);
		registry.post("/api/v1/lots/" + lotCode + "/events",
				Map.of("type", "SHIPPED", "occurredAt", at, "location", "bayan 发货仓库", "details", details));
	}
}
