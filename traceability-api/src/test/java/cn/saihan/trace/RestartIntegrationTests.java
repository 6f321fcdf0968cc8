package cn.saihan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TestDatabases;
import cn.saihan.trace.testing.TraceTestApplication;
import tools.jackson.databind.JsonNode;

/** The embedded default keeps its data in files: what was registered is there after a restart. */
class RestartIntegrationTests {

	private final Map<String, String> database = TestDatabases.fresh("restart");

	private ConfigurableApplicationContext start() {
		// Arguments, not default properties: those would lose to application.properties.
		List<String> args = new ArrayList<>(List.of("--server.port=0"));
		database.forEach((key, value) -> args.add("--" + key + "=" + value));
		return new SpringApplicationBuilder(TraceTestApplication.class).run(args.toArray(String[]::new));
	}

	private static RestClient client(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return RestClient.builder().baseUrl("http://localhost:" + port)
			.defaultHeaders(h -> h.setBasicAuth(RegistryClient.BUREAU_USER, RegistryClient.BUREAU_PASSWORD))
			.build();
	}

	@Test
	void registeredDataSurvivesARestart() {
		String lotCode;
		long producerId;
		long certificationId;
		try (ConfigurableApplicationContext first = start()) {
			RestClient api = client(first);
			producerId = api.post().uri("/api/v1/producers")
				.body(Map.of("name", "赛音不浪网纹瓜合作社", "type", "COOPERATIVE", "creditCode",
						RegistryClient.freshCreditCode(), "townCode", "yulin"))
				.retrieve().body(JsonNode.class).get("id").asLong();
			certificationId = api.post().uri("/api/v1/producers/" + producerId + "/certifications")
				.body(Map.of("type", "GREEN", "certificateNo", RegistryClient.freshGreenNumber(), "productCodes",
						List.of("SYBL-MELON"), "validFrom", "2024-01-01", "validTo", "2026-12-31"))
				.retrieve().body(JsonNode.class).get("id").asLong();
			lotCode = api.post().uri("/api/v1/lots")
				.body(Map.of("producerId", producerId, "productCode", "SYBL-MELON", "harvestDate",
						LocalDate.of(2025, 8, 8).toString(), "quantityKg", "2000", "unitPriceYuan", "4.5"))
				.retrieve().body(JsonNode.class).get("lotCode").asString();
		}

		try (ConfigurableApplicationContext second = start()) {
			RestClient api = client(second);
			JsonNode lot = api.get().uri("/api/v1/lots/" + lotCode).retrieve().body(JsonNode.class);
			assertThat(lot.get("producerId").asLong()).isEqualTo(producerId);
			assertThat(lot.get("valueYuan").decimalValue()).isEqualByComparingTo("9000.00");
			assertThat(lot.get("certifiedTypes").get(0).asString()).isEqualTo("GREEN");
			assertThat(api.get().uri("/api/v1/certifications/" + certificationId).retrieve().body(JsonNode.class)
				.get("type").asString()).isEqualTo("GREEN");
			assertThat(api.get().uri("/api/v1/lots/" + lotCode + "/events").retrieve().body(JsonNode.class)
				.get("content")).hasSize(1);
		}
	}

	/** A client locked out of the bureau's login stays locked out after a restart; others never were. */
	@Test
	void aLockedOutClientStaysLockedOutAfterARestartAndOthersSignIn() {
		try (ConfigurableApplicationContext first = start()) {
			for (int i = 0; i < 5; i++) {
				assertThat(accountStatus(first, "203.0.113.50", "wrong-" + i)).isEqualTo(401);
			}
			assertThat(accountStatus(first, "203.0.113.50", RegistryClient.BUREAU_PASSWORD)).isEqualTo(401);
		}
		try (ConfigurableApplicationContext second = start()) {
			assertThat(accountStatus(second, "203.0.113.50", RegistryClient.BUREAU_PASSWORD)).isEqualTo(401);
			assertThat(accountStatus(second, "203.0.113.51", RegistryClient.BUREAU_PASSWORD)).isEqualTo(200);
		}
	}

	/** {@code GET /api/v1/account} as the bureau from a client address (the test talks through loopback, a trusted proxy). */
	private static int accountStatus(ConfigurableApplicationContext context, String client, String password) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return RestClient.create("http://localhost:" + port).get().uri("/api/v1/account")
			.headers(h -> {
				h.setBasicAuth(RegistryClient.BUREAU_USER, password);
				h.set("X-Forwarded-For", client);
			})
			.exchange((request, response) -> response.getStatusCode().value());
	}
}
