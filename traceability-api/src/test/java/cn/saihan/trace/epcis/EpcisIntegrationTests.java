package cn.saihan.trace.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@TraceIntegrationTest
class EpcisIntegrationTests {

	@Autowired
	RegistryClient registry;

	long farm;

	long packer;

	String lotCode;

	@BeforeEach
	void aLotWithItsWholeStory() {
		farm = registry.producer("太平庄番茄专业合作社", "huangheshao");
		packer = registry.producer("呼和浩特市蔬菜包装有限公司", "bayan");
		lotCode = registry.lot(farm, "TPZ-TOMATO", LocalDate.of(2025, 7, 15), "1200", "5.5").get("lotCode").asString();
		event("INSPECTED", "2025-07-15T14:00:00+08:00",
				Map.of("lab", "赛罕区农产品质量安全检测站", "result", "PASS", "items", List.of("农药残留速测")));
		event("PACKED", "2025-07-16T08:00:00+08:00", Map.of());
		long wrong = event("SHIPPED", "2025-07-16T10:00:00+08:00", Map.of("to", "错误的收货方")).get("id").asLong();
		registry.post("/api/v1/lots/" + lotCode + "/events", Map.of("type", "SHIPPED", "occurredAt",
				"2025-07-16T10:00:00+08:00", "location", "黄合少镇", "details", Map.of("to", "呼和浩特市蔬菜包装有限公司"),
				"correctsEventId", wrong));
		event("RECEIVED", "2025-07-16T15:00:00+08:00", Map.of("from", "太平庄番茄专业合作社"));
		registry.post("/api/v1/transformations", Map.of("producerId", packer, "occurredAt", "2025-07-17T09:00:00+08:00",
				"location", "巴彦街道 包装车间", "inputs", List.of(Map.of("lotCode", lotCode, "quantityKg", "600")),
				"output", Map.of("productCode", "TPZ-TOMATO", "quantityKg", "580", "unitPriceYuan", "9")));
		event("SOLD", "2025-07-20T18:00:00+08:00", Map.of());
	}

	private JsonNode event(String type, String at, Map<String, Object> details) {
		return registry.post("/api/v1/lots/" + lotCode + "/events",
				Map.of("type", type, "occurredAt", at, "location", "黄合少镇太平庄村", "details", details));
	}

	private JsonNode export(String code) {
		return registry.anonymous().get().uri("/api/v1/lots/" + code + "/epcis").exchange().expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.valueOf("application/ld+json"))
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	@Test
	void theExportIsAValidEpcis2DocumentInCbvVocabulary() throws Exception {
		JsonNode document = export(lotCode);
		assertThat(EpcisSchema.validate(document)).isEmpty();

		JsonNode events = document.get("epcisBody").get("eventList");
		assertThat(events.valueStream().map(e -> e.get("bizStep").asString())).containsExactly("commissioning",
				"inspecting", "packing", "shipping", "shipping", "receiving", "retail_selling", "repackaging");
		JsonNode harvest = events.get(0);
		assertThat(harvest.get("type").asString()).isEqualTo("ObjectEvent");
		assertThat(harvest.get("action").asString()).isEqualTo("ADD");
		assertThat(harvest.get("quantityList").get(0).get("epcClass").asString())
			.isEqualTo("https://id.gs1.org/01/06901234000016/10/" + lotCode);
		assertThat(harvest.get("quantityList").get(0).get("quantity").decimalValue()).isEqualByComparingTo("1200");
		assertThat(harvest.get("quantityList").get(0).get("uom").asString()).isEqualTo("KGM");
		assertThat(harvest.get("eventTimeZoneOffset").asString()).isEqualTo("+08:00");
		assertThat(events.get(1).get("disposition").asString()).isEqualTo("conformant");
		assertThat(events.get(3).get("errorDeclaration").get("correctiveEventIDs").get(0).asString())
			.isEqualTo(events.get(4).get("eventID").asString());
		assertThat(events.get(4).get("destinationList").get(0).get("type").asString()).isEqualTo("owning_party");
		assertThat(events.get(5).get("sourceList").get(0).get("source").asString()).startsWith("urn:saihan-trace:");
		JsonNode transformation = events.get(7);
		assertThat(transformation.get("type").asString()).isEqualTo("TransformationEvent");
		assertThat(transformation.get("inputQuantityList").get(0).get("quantity").decimalValue())
			.isEqualByComparingTo("600");
		assertThat(transformation.get("outputQuantityList").get(0).get("quantity").decimalValue())
			.isEqualByComparingTo("580");
	}

	@Test
	void theOutputLotsExportIsValidToo() throws Exception {
		String output = registry.get("/api/v1/lots/" + lotCode + "/trace").get("downstream").get(0).get("lotCode")
			.asString();
		JsonNode document = export(output);
		assertThat(EpcisSchema.validate(document)).isEmpty();
		assertThat(document.get("epcisBody").get("eventList").get(0).get("type").asString())
			.isEqualTo("TransformationEvent");
	}

	@Test
	void theSchemaCheckIsNotVacuous() throws Exception {
		ObjectNode broken = (ObjectNode) export(lotCode);
		((ObjectNode) broken.get("epcisBody").get("eventList").get(0)).put("eventTimeZoneOffset", "8 hours");
		broken.remove("schemaVersion");
		assertThat(EpcisSchema.validate(broken)).hasSizeGreaterThanOrEqualTo(2);
		ObjectNode badUri = (ObjectNode) JsonMapper.shared().readTree(export(lotCode).toString());
		((ObjectNode) badUri.get("epcisBody").get("eventList").get(0).get("quantityList").get(0)).put("epcClass",
				"not a uri");
		assertThat(EpcisSchema.validate(badUri)).isNotEmpty();
	}

	@Test
	void aHoldItsReleaseAndARecallAreObjectEventsWithTheirDispositionsValidAgainstTheSchema() throws Exception {
		for (var change : List.of(Map.entry("hold", "农残快检疑似超标"), Map.entry("release", "复检合格"),
				Map.entry("recall", "检出禁用农药"))) {
			registry.asBureau().post().uri("/api/v1/lots/" + lotCode + "/" + change.getKey())
				.contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", change.getValue())).exchange()
				.expectStatus().isOk();
		}
		JsonNode document = export(lotCode);
		assertThat(EpcisSchema.validate(document)).isEmpty();
		List<JsonNode> changes = document.get("epcisBody").get("eventList").valueStream()
			.filter(e -> e.has("saihan:causeLotCode")).toList();
		assertThat(changes).extracting(e -> e.get("type").asString()).containsOnly("ObjectEvent");
		assertThat(changes).extracting(e -> e.get("disposition").asString())
			.containsExactly("non_sellable_other", "sellable_accessible", "recalled");
		assertThat(changes).extracting(e -> e.get("action").asString()).containsOnly("OBSERVE");
		assertThat(changes.get(2).get("saihan:reason").asString()).isEqualTo("检出禁用农药");

		// The lot made from it is recalled with it, its cause named, and its export valid as well.
		String output = registry.get("/api/v1/lots/" + lotCode + "/trace").get("downstream").get(0).get("lotCode")
			.asString();
		JsonNode downstream = export(output);
		assertThat(EpcisSchema.validate(downstream)).isEmpty();
		JsonNode last = downstream.get("epcisBody").get("eventList").valueStream()
			.filter(e -> "recalled".equals(e.path("disposition").asString())).findFirst().orElseThrow();
		assertThat(last.get("saihan:causeLotCode").asString()).isEqualTo(lotCode);
	}

	@Test
	void anUnknownLotIsNotFound() {
		registry.anonymous().get().uri("/api/v1/lots/NO-SUCH-LOT/epcis").exchange().expectStatus().isNotFound();
	}
}
