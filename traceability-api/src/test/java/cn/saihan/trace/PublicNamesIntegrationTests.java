package cn.saihan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Public answers name who recorded an event by the producer's name or the bureau's, never by a
 * login (logins are what passwords are guessed at); the audit log keeps the login.
 */
@TraceIntegrationTest
class PublicNamesIntegrationTests {

	@Autowired
	RegistryClient registry;

	@Test
	void eventsAndEpcisNameTheProducerOrTheBureauNotTheLogin() {
		long producer = registry.producer("黄合少镇公开名称合作社", "huangheshao");
		registry.post("/api/v1/producers/" + producer + "/account",
				Map.of("username", "secret-login-name", "password", "tomato-2025"));
		RestTestClient farmer = registry.as("secret-login-name", "tomato-2025");
		String lot = farmer.post().uri("/api/v1/lots").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("producerId", producer, "productCode", "TPZ-TOMATO", "harvestDate", "2025-07-18",
					"quantityKg", "100", "unitPriceYuan", "5"))
			.exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
			.get("lotCode").asString();
		registry.post("/api/v1/lots/" + lot + "/events", Map.of("type", "SHIPPED", "occurredAt",
				"2025-07-19T08:00:00+08:00", "location", "黄合少镇", "details", Map.of("to", "东瓦窑批发市场")));

		String events = registry.anonymous().get().uri("/api/v1/lots/" + lot + "/events").exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		JsonNode content = registry.get("/api/v1/lots/" + lot + "/events").get("content");
		assertThat(content.findValuesAsString("recordedBy")).containsExactly("黄合少镇公开名称合作社", "区农牧水利局");
		assertThat(events).doesNotContain("secret-login-name", "\"bureau\"");

		JsonNode epcis = registry.get("/api/v1/lots/" + lot + "/epcis");
		assertThat(epcis.findValuesAsString("saihan:recordedBy")).containsExactly("黄合少镇公开名称合作社", "区农牧水利局");
		assertThat(epcis.toString()).doesNotContain("secret-login-name");

		List<String> actors = registry.jdbc().queryForList(
				"SELECT actor FROM audit_entry WHERE subject = ? ORDER BY id", String.class, "lot:" + lot);
		assertThat(actors).containsExactly("secret-login-name", RegistryClient.BUREAU_USER);
	}
}
