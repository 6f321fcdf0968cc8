package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.StoredEvents;
import tools.jackson.databind.JsonNode;

/**
 * The event timeline of the lot page and the consumer page, and the form that records an event,
 * over plain HTTP: typed details in, typed details shown, and events stored before their details
 * were checked shown with their odd values as text rather than failing the page.
 */
@PageIntegrationTest
class EventPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	RegistryClient registry;

	@Autowired
	Clock clock;

	LocalDate harvest;

	String lotCode;

	PageSession farmer;

	@BeforeEach
	void aLotAndItsFarmer() {
		long producer = registry.producer("黑沙图火龙果合作社", "jinhe");
		harvest = LocalDate.now(clock).minusDays(5);
		lotCode = registry.lot(producer, "HST-PITAYA", harvest, "800", "25").get("lotCode").asString();
		String username = "pitaya-" + producer;
		registry.post("/api/v1/producers/" + producer + "/account", Map.of("username", username, "password", "pitaya-2025"));
		farmer = new PageSession(port).login(username, "pitaya-2025");
	}

	@Test
	void eventsStoredWithDetailsThatDoNotFitShowOnTheLotPageAndTheConsumerPage() {
		ZoneId zone = clock.getZone();
		StoredEvents.write(registry.jdbc(), lotCode, "INSPECTED", harvest.plusDays(1).atTime(9, 0).atZone(zone)
			.toOffsetDateTime(), "{\"lab\": \"检测站\", \"result\": \"MAYBE\", \"items\": \"农药残留\"}");
		StoredEvents.write(registry.jdbc(), lotCode, "SHIPPED", harvest.plusDays(2).atTime(9, 0).atZone(zone)
			.toOffsetDateTime(), "{\"to\": \"东瓦窑批发市场\", \"quantityKg\": \"lots\"}");
		StoredEvents.write(registry.jdbc(), lotCode, "RECEIVED", harvest.plusDays(3).atTime(9, 0).atZone(zone)
			.toOffsetDateTime(), "{not json");

		HttpResponse<String> lotPage = farmer.get("/farmer/lots/" + lotCode);
		assertThat(lotPage.statusCode()).isEqualTo(200);
		assertThat(lotPage.body()).contains("MAYBE", "检测站", "农药残留", "发往：东瓦窑批发市场", "lots 公斤", "{not json");

		JsonNode labels = registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", 1)).get("labels");
		String label = labels.get(0).get("uri").asString().replaceFirst("^https?://[^/]+", "");
		HttpResponse<String> consumerPage = new PageSession(port).get(label);
		assertThat(consumerPage.statusCode()).isEqualTo(200);
		assertThat(consumerPage.body()).contains("MAYBE", "农药残留", "发往：东瓦窑批发市场", "lots 公斤", "{not json");
	}

	@Test
	void aFarmerRecordsAShipmentWithItsQuantityAndDeliveryNote() {
		HttpResponse<String> recorded = farmer.post("/farmer/lots/" + lotCode + "/events",
				shipment(Map.of("quantityKg", "120.5", "documentNo", "DN-0821-01")));
		assertThat(recorded.statusCode()).isEqualTo(302);

		JsonNode shipped = registry.get("/api/v1/lots/" + lotCode + "/events").get("content").get(1);
		assertThat(shipped.get("type").asString()).isEqualTo("SHIPPED");
		assertThat(shipped.at("/details/to").asString()).isEqualTo("东瓦窑批发市场");
		assertThat(shipped.at("/details/quantityKg").decimalValue()).isEqualByComparingTo("120.5");
		assertThat(shipped.at("/details/documentNo").asString()).isEqualTo("DN-0821-01");
		assertThat(farmer.get("/farmer/lots/" + lotCode).body()).contains("120.5 公斤", "送货单号 DN-0821-01");
	}

	@Test
	void aRefusedEventIsExplainedInChineseNextToItsFieldAndNothingIsStored() {
		var before = registry.counts();
		HttpResponse<String> negative = farmer.post("/farmer/lots/" + lotCode + "/events",
				shipment(Map.of("quantityKg", "-5")));
		assertThat(negative.statusCode()).isEqualTo(200);
		assertThat(negative.body()).contains("数量必须大于 0 公斤，最多 9 位整数、3 位小数");

		Map<String, String> early = shipment(Map.of());
		early.put("occurredAt", harvest.minusDays(1).atTime(8, 0).toString());
		assertThat(farmer.post("/farmer/lots/" + lotCode + "/events", early).body())
			.contains("时间不能早于批次的采收日期 " + harvest);

		Map<String, String> inspection = new HashMap<>(Map.of("type", "INSPECTED", "occurredAt",
				harvest.plusDays(1).atTime(8, 0).toString(), "location", "金河镇", "lab", "检测站", "result", "PASS",
				"items", "农药残留、" + "项".repeat(101)));
		assertThat(farmer.post("/farmer/lots/" + lotCode + "/events", inspection).body())
			.contains("最多 100 个检测项目，每项最多 100 个字");
		assertThat(registry.counts()).isEqualTo(before);
	}

	private Map<String, String> shipment(Map<String, String> more) {
		Map<String, String> form = new HashMap<>(Map.of("type", "SHIPPED", "occurredAt",
				LocalDateTime.now(clock).minusHours(1).withNano(0).withSecond(0).toString(), "location", "金河镇",
				"to", "东瓦窑批发市场"));
		form.putAll(more);
		return form;
	}
}
