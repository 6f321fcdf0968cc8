package cn.saihan.trace.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Brands, their logos and licences through the API, and the brands a lot's view says it bears:
 * refusals name their field and change nothing.
 */
@TraceIntegrationTest
class BrandIntegrationTests {

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	static final LocalDate HARVEST = LocalDate.of(2025, 7, 18);

	@Autowired
	RegistryClient registry;

	@Test
	void aLicensedProducerInTheOriginAreaBearsTheRegionalBrandOnItsLotsAndNoOneElseDoes() {
		String code = regionalTomato(List.of("东干丈村"));
		long inside = registry.producer("东干丈生态农场", "yulin");
		long outside = registry.producer("金河番茄社", "jinhe");
		JsonNode licence = registry.post("/api/v1/brands/" + code + "/licences",
				licence(inside, "2025-01-01", "2025-12-31"));
		assertThat(licence.get("status").asString()).isEqualTo("APPROVED");

		JsonNode branded = registry.lot(inside, "TPZ-TOMATO", HARVEST, "100", "4");
		assertThat(branded.get("brands").findValuesAsString("code")).containsExactly(code);
		assertThat(branded.get("brands").get(0).get("nameZh").asString()).isEqualTo("太平庄西红柿" + code);
		// Outside the licence's dates, another product, another village: no brand.
		assertThat(registry.lot(inside, "TPZ-TOMATO", LocalDate.of(2024, 12, 31), "100", "4").get("brands")).isEmpty();
		assertThat(registry.lot(inside, "GCL-PUMPKIN", HARVEST, "100", "4").get("brands")).isEmpty();
		Map<String, Object> otherVillage = new HashMap<>(Map.of("producerId", inside, "productCode", "TPZ-TOMATO",
				"harvestDate", HARVEST.toString(), "quantityKg", "100", "unitPriceYuan", "4", "village", "西讨速号村"));
		assertThat(registry.post("/api/v1/lots", otherVillage).get("brands")).isEmpty();
		// A producer outside the origin area gets no licence, so its lots bear nothing.
		assertThat(registry.lot(outside, "TPZ-TOMATO", HARVEST, "100", "4").get("brands")).isEmpty();

		String lotCode = branded.get("lotCode").asString();
		assertThat(registry.get("/api/v1/lots/" + lotCode).get("brands").findValuesAsString("code")).containsExactly(code);

		// Revoked from the harvest date on: the lot no longer bears the brand.
		registry.asBureau().post().uri("/api/v1/licences/" + licence.get("id").asLong() + "/revocation")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("revokedAt", HARVEST.toString(), "reason", "违规使用区域品牌"))
			.exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("REVOKED");
		assertThat(registry.get("/api/v1/lots/" + lotCode).get("brands")).isEmpty();
		assertThat(registry.jdbc().queryForObject(
				"select count(*) from audit_entry where action in ('LICENCE_GRANTED', 'LICENCE_REVOKED') and subject = ?",
				Long.class, "licence:" + licence.get("id").asLong())).isEqualTo(2);
	}

	@Test
	void anEnterpriseBrandIsBorneOnItsOwnersLotsOnlyAndTakesNoLicence() {
		long owner = registry.producer("黑沙图火龙果公司", "jinhe");
		long neighbour = registry.producer("金河邻居农场", "jinhe");
		String code = "E" + SEQUENCE.incrementAndGet();
		registry.post("/api/v1/brands", Map.of("code", code, "nameZh", "沙图红", "kind", "ENTERPRISE",
				"ownerProducerId", owner, "productCodes", List.of("HST-PITAYA")));
		assertThat(registry.lot(owner, "HST-PITAYA", HARVEST, "10", "18").get("brands").findValuesAsString("code"))
			.containsExactly(code);
		assertThat(registry.lot(neighbour, "HST-PITAYA", HARVEST, "10", "18").get("brands")).isEmpty();

		Map<String, Long> before = counts();
		refused(registry.asBureau(), "/api/v1/brands/" + code + "/licences", licence(neighbour, "2025-01-01", "2025-12-31"),
				HttpStatus.BAD_REQUEST, "code");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aProducerAppliesAndTheBureauApprovesOrRejectsWithAReason() {
		String code = regionalTomato(List.of());
		long producer = registry.producer("榆林番茄户", "yulin");
		RestTestClient farmer = registry.farmerOf(producer);
		JsonNode applied = created(farmer, "/api/v1/brands/" + code + "/licence-applications",
				licence(producer, "2025-01-01", "2025-12-31"));
		assertThat(applied.get("status").asString()).isEqualTo("APPLIED");
		assertThat(registry.lot(producer, "TPZ-TOMATO", HARVEST, "10", "4").get("brands")).isEmpty();
		// One application waits at a time; a farmer applies for no other producer; only the bureau decides.
		refused(farmer, "/api/v1/brands/" + code + "/licence-applications", licence(producer, "2025-01-01", "2025-12-31"),
				HttpStatus.CONFLICT);
		long other = registry.producer("榆林另一户", "yulin");
		farmer.post().uri("/api/v1/brands/" + code + "/licence-applications").contentType(MediaType.APPLICATION_JSON)
			.body(licence(other, "2025-01-01", "2025-12-31")).exchange().expectStatus().isForbidden();
		farmer.post().uri("/api/v1/licences/" + applied.get("id").asLong() + "/approval").exchange()
			.expectStatus().isForbidden();

		registry.asBureau().post().uri("/api/v1/licences/" + applied.get("id").asLong() + "/approval").exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("APPROVED");
		assertThat(registry.lot(producer, "TPZ-TOMATO", HARVEST, "10", "4").get("brands").findValuesAsString("code"))
			.containsExactly(code);
		// Decided once.
		refused(registry.asBureau(), "/api/v1/licences/" + applied.get("id").asLong() + "/rejection",
				Map.of("reason", "晚了"), HttpStatus.CONFLICT);

		JsonNode second = created(farmer, "/api/v1/brands/" + code + "/licence-applications",
				licence(producer, "2026-01-01", "2026-12-31"));
		refused(registry.asBureau(), "/api/v1/licences/" + second.get("id").asLong() + "/rejection",
				Map.of("reason", " "), HttpStatus.BAD_REQUEST, "reason");
		// A right-to-left override would make the reason read backwards to the producer.
		refused(registry.asBureau(), "/api/v1/licences/" + second.get("id").asLong() + "/rejection",
				Map.of("reason", "未提交\u202E明证地产"), HttpStatus.BAD_REQUEST, "reason");
		registry.asBureau().post().uri("/api/v1/licences/" + second.get("id").asLong() + "/rejection")
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "未提交产地证明"))
			.exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("REJECTED").jsonPath("$.reason").isEqualTo("未提交产地证明");
		assertThat(registry.getAsBureau("/api/v1/brands/" + code + "/licences").get("content").findValuesAsString("status"))
			.containsExactly("APPROVED", "REJECTED");
		// Applications and their reasons are not the public's.
		registry.anonymous().get().uri("/api/v1/brands/" + code + "/licences").exchange().expectStatus().isUnauthorized();
		farmer.get().uri("/api/v1/licences/" + second.get("id").asLong()).exchange().expectStatus().isForbidden();
	}

	@Test
	void badBrandsAndLicencesAreRefusedNamingTheFieldAndChangeNothing() {
		String code = regionalTomato(List.of());
		long outside = registry.producer("金河农场", "jinhe");
		long inside = registry.producer("榆林农场", "yulin");
		Map<String, Long> before = counts();

		refused(registry.asBureau(), "/api/v1/brands", Map.of("code", "NUL-BRAND", "nameZh", "坏\u0000名", "kind",
				"REGIONAL_PUBLIC", "ownerName", "赛罕区农牧水利局", "productCodes", List.of("TPZ-TOMATO"), "originTowns",
				List.of("yulin")), HttpStatus.BAD_REQUEST, "nameZh");
		refused(registry.asBureau(), "/api/v1/brands", Map.of("code", code, "nameZh", "重复", "kind", "REGIONAL_PUBLIC",
				"ownerName", "协会", "productCodes", List.of("TPZ-TOMATO"), "originTowns", List.of("yulin")),
				HttpStatus.CONFLICT, "code");
		refused(registry.asBureau(), "/api/v1/brands", Map.of("code", "NEW-" + SEQUENCE.incrementAndGet(), "nameZh", "新",
				"kind", "REGIONAL_PUBLIC", "ownerName", "协会", "productCodes", List.of("NO-SUCH"),
				"originTowns", List.of("atlantis")), HttpStatus.BAD_REQUEST, "productCodes[0]", "originTowns[0]");
		refused(registry.asBureau(), "/api/v1/brands", Map.of("code", "NEW-" + SEQUENCE.incrementAndGet(), "nameZh", "新",
				"kind", "ENTERPRISE", "ownerProducerId", 999_999_999, "productCodes", List.of("TPZ-TOMATO")),
				HttpStatus.BAD_REQUEST, "ownerProducerId");
		refused(registry.asBureau(), "/api/v1/brands", Map.of("code", "NEW-" + SEQUENCE.incrementAndGet(), "nameZh", "新",
				"kind", "REGIONAL_PUBLIC", "productCodes", List.of("TPZ-TOMATO")), HttpStatus.BAD_REQUEST,
				"ownerName", "originTowns");

		String licences = "/api/v1/brands/" + code + "/licences";
		refused(registry.asBureau(), licences, licence(outside, "2025-01-01", "2025-12-31"), HttpStatus.BAD_REQUEST,
				"producerId");
		refused(registry.asBureau(), licences, licence(inside, "2025-12-31", "2025-01-01"), HttpStatus.BAD_REQUEST,
				"validTo");
		refused(registry.asBureau(), licences, licence(inside, "1999-12-31", "2025-01-01"), HttpStatus.BAD_REQUEST,
				"validFrom");
		refused(registry.asBureau(), licences, licence(999_999_999, "2025-01-01", "2025-12-31"), HttpStatus.BAD_REQUEST,
				"producerId");
		registry.anonymous().post().uri("/api/v1/brands").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", "X1")).exchange().expectStatus().isUnauthorized();
		registry.anonymous().get().uri("/api/v1/brands/NO-SUCH-BRAND").exchange().expectStatus().isNotFound();

		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aLogoIsAPngOrAScriptFreeSvgByItsContentAndIsServedSoThatNothingRuns() {
		String code = regionalTomato(List.of());
		Map<String, Long> before = counts();
		logo(code, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "logo.png")
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("file");
		logo(code, ("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
			.getBytes(StandardCharsets.UTF_8), "logo.svg")
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].code").isEqualTo("BrandRefusal.LOGO_UNSAFE_SVG");
		byte[] huge = new byte[BrandService.LOGO_MAX_BYTES + 1];
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, 0, huge, 0, 8);
		logo(code, huge, "logo.png").expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].code").isEqualTo("BrandRefusal.LOGO_TOO_LARGE");
		assertThat(counts()).isEqualTo(before);

		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#c0392b\"/></svg>"
			.getBytes(StandardCharsets.UTF_8);
		logo(code, svg, "whatever.png").expectStatus().isOk().expectBody()
			.jsonPath("$.mediaType").isEqualTo("image/svg+xml");
		registry.anonymous().get().uri("/api/v1/brands/" + code + "/logo").exchange()
			.expectStatus().isOk()
			.expectHeader().contentType("image/svg+xml")
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader().valueEquals("Content-Security-Policy", BrandController.LOGO_POLICY)
			.expectHeader().value("Content-Disposition", value -> assertThat(value).startsWith("attachment"))
			.expectBody(byte[].class).isEqualTo(svg);
		assertThat(registry.get("/api/v1/brands/" + code).get("logo").get("uri").asString())
			.startsWith("/api/v1/brands/" + code + "/logo?v=");
	}

	/** A regional tomato brand of 榆林镇 (and the villages given), under a fresh code. */
	private String regionalTomato(List<String> villages) {
		String code = "TPZ-" + SEQUENCE.incrementAndGet();
		registry.post("/api/v1/brands", Map.of("code", code, "nameZh", "太平庄西红柿" + code, "kind", "REGIONAL_PUBLIC",
				"ownerName", "赛罕区蔬菜协会", "productCodes", List.of("TPZ-TOMATO"), "originTowns", List.of("yulin"),
				"originVillages", villages, "story", "阴山脚下的沙壤土"));
		return code;
	}

	private static Map<String, Object> licence(long producerId, String from, String to) {
		return Map.of("producerId", producerId, "validFrom", from, "validTo", to);
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new HashMap<>(registry.counts());
		for (String table : List.of("brand", "brand_product", "brand_origin_town", "brand_origin_village", "brand_logo",
				"brand_licence")) {
			counts.put(table, registry.count(table));
		}
		return counts;
	}

	private static JsonNode created(RestTestClient client, String path, Object body) {
		return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
			.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private static void refused(RestTestClient client, String path, Object body, HttpStatus status, String... fields) {
		JsonNode problem = client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
			.expectStatus().isEqualTo(status)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		if (fields.length > 0) {
			assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(fields);
		}
	}

	private RestTestClient.ResponseSpec logo(String code, byte[] content, String filename) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return filename;
			}
		});
		return registry.asBureau().put().uri("/api/v1/brands/" + code + "/logo")
			.contentType(MediaType.MULTIPART_FORM_DATA).body(parts).exchange();
	}
}
