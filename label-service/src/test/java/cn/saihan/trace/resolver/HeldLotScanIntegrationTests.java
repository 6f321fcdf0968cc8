package cn.saihan.trace.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A held or recalled lot's labels stay genuine but say so at once: the resolver forgets its copy of the
 * lot when the status changes, and a held lot gets no new labels.
 */
@TraceIntegrationTest
// Remembered far longer than any test runs: only the eviction on the change can show it at once.
@TestPropertySource(properties = "trace.resolver.cache-ttl=10m")
class HeldLotScanIntegrationTests {

	@Autowired
	RegistryClient registry;

	@LocalServerPort
	int port;

	private final HttpClient phones = HttpClient.newHttpClient();

	@Test
	void aHoldAndARecallShowOnTheNextScanOfAnyLabelOfTheLotOrOfALotMadeFromIt() {
		long farm = registry.producer("太平庄番茄专业合作社", "yulin");
		long packer = registry.producer("赛罕蔬菜包装合作社", "bayan");
		String lotCode = registry.lot(farm, "TPZ-TOMATO", LocalDate.of(2025, 7, 18), "1200", "4.50").get("lotCode")
			.asString();
		String packed = registry.post("/api/v1/transformations", Map.of("producerId", packer, "occurredAt",
				"2025-07-20T09:00:00+08:00", "location", "包装车间", "inputs", List.of(Map.of("lotCode", lotCode,
						"quantityKg", "500")), "output", Map.of("productCode", "TPZ-TOMATO", "quantityKg", "500",
						"unitPriceYuan", "8")))
			.get("lotCode").asString();
		String label = issue(lotCode).get(0).get("uri").asString();
		String packedLabel = issue(packed).get(0).get("uri").asString();
		// Scanned once: this instance now remembers the lot's page for trace.resolver.cache-ttl.
		JsonNode before = scan(label);
		assertThat(before.get("lotStatus").asString()).isEqualTo("ACTIVE");
		scan(packedLabel);

		change(lotCode, "hold", "农残快检疑似超标");
		JsonNode held = scan(label);
		assertThat(held.get("authentic").asBoolean()).isTrue();
		assertThat(held.get("verdict").asString()).isEqualTo("GENUINE");
		assertThat(held.get("lotStatus").asString()).isEqualTo("HELD");
		assertThat(held.get("statusReason").asString()).isEqualTo("农残快检疑似超标");
		assertThat(held.get("statusSince").asString()).endsWith("+08:00");
		assertThat(scan(packedLabel).get("lotStatus").asString()).isEqualTo("HELD");
		assertThat(page(label)).contains("id=\"lot-status\"", "此批次暂停销售，正在核查");

		// Held, the lot gets no new labels, and nothing is written.
		var counts = registry.counts();
		long labels = registry.count("label");
		registry.asBureau().post().uri("/api/v1/lots/" + lotCode + "/labels").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("count", 1)).exchange().expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.code").isEqualTo("LabelRefusal.LOT_NOT_SELLABLE")
			.jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("HELD"));
		assertThat(registry.counts()).isEqualTo(counts);
		assertThat(registry.count("label")).isEqualTo(labels);

		change(lotCode, "recall", "检出禁用农药毒死蜱");
		JsonNode recalled = scan(packedLabel);
		assertThat(recalled.get("authentic").asBoolean()).isTrue();
		assertThat(recalled.get("lotStatus").asString()).isEqualTo("RECALLED");
		assertThat(recalled.get("statusReason").asString()).isEqualTo("检出禁用农药毒死蜱");
		String page = page(packedLabel);
		assertThat(page).contains("此批次已召回，请勿食用", "检出禁用农药毒死蜱");
		// The warning comes before the verdict.
		assertThat(page.indexOf("id=\"lot-status\"")).isLessThan(page.indexOf("id=\"verdict\""));

		// The recall's effectiveness: the packed lot's label twice since the recall (JSON and page), the field lot's once.
		scan(label);
		JsonNode report = registry.get("/api/v1/lots/" + lotCode + "/recall");
		assertThat(report.get("status").asString()).isEqualTo("RECALLED");
		assertThat(report.get("recallReason").asString()).isEqualTo("检出禁用农药毒死蜱");
		assertThat(report.get("scansSinceRecall").asLong()).isEqualTo(3);
		assertThat(report.get("labelsScannedSinceRecall").asLong()).isEqualTo(2);
		// A lot not recalled has no such figures.
		String other = registry.lot(farm, "TPZ-TOMATO", LocalDate.of(2025, 7, 18), "10", "4.50").get("lotCode")
			.asString();
		assertThat(registry.get("/api/v1/lots/" + other + "/recall").get("scansSinceRecall").isNull()).isTrue();
	}

	private void change(String lotCode, String action, String reason) {
		registry.asBureau().post().uri("/api/v1/lots/" + lotCode + "/" + action).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("reason", reason)).exchange().expectStatus().isOk();
	}

	private JsonNode issue(String lotCode) {
		return registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", 1)).get("labels");
	}

	private JsonNode scan(String uri) {
		return JsonMapper.shared().readTree(send(uri, "application/vnd.saihan.consumer+json"));
	}

	private String page(String uri) {
		return send(uri, "text/html");
	}

	private String send(String uri, String accept) {
		try {
			HttpResponse<String> answer = phones.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
					+ DigitalLink.parse(uri).path())).header("Accept", accept).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(answer.statusCode()).isEqualTo(200);
			return answer.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
