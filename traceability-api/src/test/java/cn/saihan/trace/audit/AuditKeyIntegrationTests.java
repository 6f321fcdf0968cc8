package cn.saihan.trace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import cn.saihan.trace.system.Sha256;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TestDatabases;
import cn.saihan.trace.testing.TraceTestApplication;
import tools.jackson.databind.JsonNode;

/**
 * With {@code trace.audit.key}, whoever can write the database can no longer cut the chain's end
 * and rewind its head, nor rewrite keyed entries as plain ones; the entries made before the key was
 * set still verify.
 */
class AuditKeyIntegrationTests {

	private static final String KEY = "a-secret-of-the-bureau-kept-outside-the-database";

	private final Map<String, String> database = TestDatabases.fresh("auditkey");

	private ConfigurableApplicationContext start(String key) {
		List<String> args = new ArrayList<>(List.of("--server.port=0"));
		database.forEach((name, value) -> args.add("--" + name + "=" + value));
		if (key != null) {
			args.add("--trace.audit.key=" + key);
		}
		return new SpringApplicationBuilder(TraceTestApplication.class).run(args.toArray(String[]::new));
	}

	private static RestClient bureau(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return RestClient.builder().baseUrl("http://localhost:" + port)
			.defaultHeaders(h -> h.setBasicAuth(RegistryClient.BUREAU_USER, RegistryClient.BUREAU_PASSWORD))
			.build();
	}

	private static void lots(RestClient api, int count) {
		long producer = api.post().uri("/api/v1/producers")
			.body(Map.of("name", "审计密钥合作社", "type", "COOPERATIVE", "creditCode", RegistryClient.freshCreditCode(),
					"townCode", "yulin"))
			.retrieve().body(JsonNode.class).get("id").asLong();
		for (int i = 0; i < count; i++) {
			api.post().uri("/api/v1/lots").body(Map.of("producerId", producer, "productCode", "TPZ-TOMATO",
					"harvestDate", "2025-07-1" + i, "quantityKg", "100", "unitPriceYuan", "5")).retrieve().toBodilessEntity();
		}
	}

	private static JsonNode verify(RestClient api) {
		return api.get().uri("/api/v1/audit/verify").retrieve().body(JsonNode.class);
	}

	@Test
	void plainEntriesStillVerifyAndAKeyedChainCannotBeCutNorDowngraded() {
		try (ConfigurableApplicationContext plain = start(null)) {
			lots(bureau(plain), 2);
		}
		try (ConfigurableApplicationContext keyed = start(KEY)) {
			RestClient api = bureau(keyed);
			JdbcTemplate jdbc = keyed.getBean(JdbcTemplate.class);
			assertThat(verify(api).get("valid").asBoolean()).as("entries made before the key").isTrue();
			lots(api, 3);
			assertThat(jdbc.queryForList("SELECT DISTINCT hash_algorithm FROM audit_entry ORDER BY 1", String.class))
				.containsExactly("HMAC-SHA256", "SHA-256");
			assertThat(verify(api).get("valid").asBoolean()).isTrue();

			// Cut the newest entry and rewind the head to the one before, as a database writer can.
			Map<String, Object> newest = jdbc.queryForMap("SELECT * FROM audit_entry ORDER BY id DESC LIMIT 1");
			Map<String, Object> head = jdbc.queryForMap("SELECT * FROM audit_head WHERE id = 1");
			jdbc.update("DELETE FROM audit_entry WHERE id = ?", newest.get("id"));
			jdbc.update("UPDATE audit_head SET last_hash = ?, entries = entries - 1 WHERE id = 1",
					newest.get("previous_hash"));
			JsonNode cut = verify(api);
			assertThat(cut.get("valid").asBoolean()).isFalse();
			assertThat(cut.get("reason").asString()).contains("head");
			restore(jdbc, newest, head);
			assertThat(verify(api).get("valid").asBoolean()).isTrue();

			// Rewrite the newest entry as a plain one, with a hash anyone can compute, and the head with it.
			String forged = Sha256.hexOfLines(List.of((String) newest.get("previous_hash"),
					jdbc.queryForObject("SELECT recorded_at FROM audit_entry WHERE id = ?", OffsetDateTime.class,
							newest.get("id")).toInstant().toString(),
					(String) newest.get("actor"), (String) newest.get("action"), (String) newest.get("subject"),
					(String) newest.get("content")));
			jdbc.update("UPDATE audit_entry SET hash = ?, hash_algorithm = 'SHA-256' WHERE id = ?", forged,
					newest.get("id"));
			jdbc.update("UPDATE audit_head SET last_hash = ? WHERE id = 1", forged);
			JsonNode downgraded = verify(api);
			assertThat(downgraded.get("valid").asBoolean()).isFalse();
			assertThat(downgraded.get("firstBrokenEntryId").asLong()).isEqualTo(((Number) newest.get("id")).longValue());
		}
	}

	private static void restore(JdbcTemplate jdbc, Map<String, Object> entry, Map<String, Object> head) {
		jdbc.update("""
				INSERT INTO audit_entry (id, recorded_at, actor, action, subject, content, previous_hash, hash, hash_algorithm)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", entry.get("id"), entry.get("recorded_at"), entry.get("actor"),
				entry.get("action"), entry.get("subject"), entry.get("content"), entry.get("previous_hash"),
				entry.get("hash"), entry.get("hash_algorithm"));
		jdbc.update("UPDATE audit_head SET last_hash = ?, entries = ?, head_mac = ? WHERE id = 1", head.get("last_hash"),
				head.get("entries"), head.get("head_mac"));
	}
}
