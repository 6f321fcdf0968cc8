package cn.saihan.trace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;

/**
 * Free text holds no control or invisible formatting characters, and spaces alone are blank, in
 * every field of every request that takes text: each is a 400 naming the field, and nothing is
 * stored (PostgreSQL cannot store a NUL at all).
 */
@TraceIntegrationTest
class PlainTextIntegrationTests {

	/** NUL, ESC, a zero-width space alone, a right-to-left override, a byte-order mark inside a name. */
	private static final List<String> NOT_PLAIN = List.of("东干丈\u0000农场", "\u001b[31m东干丈", "\u200b",
			"\u202e场农丈干东", "东干\ufeff丈");

	/** Ideographic and no-break spaces, which {@code @NotBlank} and {@code isBlank} let through. */
	private static final String SPACES = "\u3000\u00a0 ";

	@Autowired
	RegistryClient registry;

	private void refusedEach(String path, Function<String, Map<String, Object>> body, String field,
			List<String> values) {
		for (String value : values) {
			var before = registry.counts();
			registry.asBureau().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body.apply(value))
				.exchange()
				.expectStatus().isBadRequest()
				.expectBody().jsonPath("$.errors[*].field")
				.value(fields -> assertThat(fields.toString()).as(path + " " + field + " " + value).contains(field));
			assertThat(registry.counts()).isEqualTo(before);
		}
	}

	private static List<String> badAndBlank() {
		List<String> values = new java.util.ArrayList<>(NOT_PLAIN);
		values.add(SPACES);
		return values;
	}

	private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
		Map<String, Object> copy = new HashMap<>(body);
		copy.put(key, value);
		return copy;
	}

	@Test
	void producersAndProductsHavePlainNames() {
		Map<String, Object> producer = Map.of("name", "东干丈生态农场", "type", "COOPERATIVE", "creditCode",
				RegistryClient.freshCreditCode(), "townCode", "yulin", "village", "东干丈村", "contactName", "王建国",
				"contactPhone", "13800000000");
		refusedEach("/api/v1/producers", v -> with(producer, "name", v), "name", badAndBlank());
		refusedEach("/api/v1/producers", v -> with(producer, "village", v), "village", badAndBlank());
		refusedEach("/api/v1/producers", v -> with(producer, "contactName", v), "contactName", badAndBlank());
		Map<String, Object> product = Map.of("code", "PLAIN-TEST", "nameZh", "番茄", "nameEn", "Tomato", "category",
				"VEGETABLE");
		refusedEach("/api/v1/products", v -> with(product, "nameZh", v), "nameZh", badAndBlank());
		refusedEach("/api/v1/products", v -> with(product, "nameEn", v), "nameEn", NOT_PLAIN);
	}

	@Test
	void lotsEventsAndTransformationsHavePlainPlacesAndDetails() {
		long producer = registry.producer("文本测试合作社", "yulin");
		String lot = registry.lot(producer, "TPZ-TOMATO", LocalDate.now().minusDays(1), "100", "5").get("lotCode")
			.asString();
		Map<String, Object> newLot = Map.of("producerId", producer, "productCode", "TPZ-TOMATO", "harvestDate",
				LocalDate.now().minusDays(1).toString(), "quantityKg", "10", "unitPriceYuan", "2");
		refusedEach("/api/v1/lots", v -> with(newLot, "plot", v), "plot", NOT_PLAIN);
		refusedEach("/api/v1/lots", v -> with(newLot, "village", v), "village", NOT_PLAIN);

		String events = "/api/v1/lots/" + lot + "/events";
		String now = java.time.OffsetDateTime.now().minusMinutes(5).toString();
		Map<String, Object> shipped = Map.of("type", "SHIPPED", "occurredAt", now, "location", "仓库",
				"details", Map.of("to", "东瓦窑批发市场"));
		refusedEach(events, v -> with(shipped, "location", v), "location", badAndBlank());
		refusedEach(events, v -> with(shipped, "details", Map.of("to", v)), "details.to", badAndBlank());
		refusedEach(events, v -> with(shipped, "details", Map.of("to", "市场", "documentNo", v)),
				"details.documentNo", NOT_PLAIN);
		refusedEach(events, v -> Map.of("type", "RECEIVED", "occurredAt", now, "location", "仓库", "details",
				Map.of("from", v)), "details.from", badAndBlank());
		refusedEach(events, v -> Map.of("type", "INSPECTED", "occurredAt", now, "location", "仓库", "details",
				Map.of("lab", v, "result", "PASS", "items", List.of("农药残留"))), "details.lab", badAndBlank());
		refusedEach(events, v -> Map.of("type", "INSPECTED", "occurredAt", now, "location", "仓库", "details",
				Map.of("lab", "检测中心", "result", "PASS", "items", List.of(v))), "details.items[0]", badAndBlank());

		refusedEach("/api/v1/transformations", v -> Map.of("producerId", producer, "occurredAt", now, "location", v,
				"inputs", List.of(Map.of("lotCode", lot, "quantityKg", "5")), "output",
				Map.of("productCode", "TPZ-TOMATO", "quantityKg", "5", "unitPriceYuan", "3")), "location", badAndBlank());
	}

	@Test
	void certificationsRevocationsAndRejectionsHavePlainTexts() {
		long producer = registry.producer("证书文本测试合作社", "yulin");
		refusedEach("/api/v1/producers/" + producer + "/certifications", v -> Map.of("type", "GREEN", "certificateNo",
				RegistryClient.freshGreenNumber(), "productCodes", List.of("TPZ-TOMATO"), "validFrom", "2025-01-01",
				"validTo", "2025-12-31", "issuer", v), "issuer", badAndBlank());
		long certification = registry.certification(producer, "GREEN", RegistryClient.freshGreenNumber(),
				List.of("TPZ-TOMATO"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		refusedEach("/api/v1/certifications/" + certification + "/revocation",
				v -> Map.of("revokedAt", "2025-06-01", "reason", v), "reason", badAndBlank());
		// a reason may have lines
		registry.asBureau().post().uri("/api/v1/certifications/" + certification + "/revocation")
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("revokedAt", "2025-06-01", "reason", "抽检不合格\n农药残留超标"))
			.exchange().expectStatus().isOk();
	}
}
