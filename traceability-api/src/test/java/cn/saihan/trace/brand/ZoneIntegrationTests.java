package cn.saihan.trace.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Advantage zones with their dated status history, and villages' designated products, through the API. */
@TraceIntegrationTest
class ZoneIntegrationTests {

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	RegistryClient registry;

	@Autowired
	Clock clock;

	@Test
	void aZoneKeepsEveryStatusItHadWithTheDayItBegan() {
		String code = "ZONE-" + SEQUENCE.incrementAndGet();
		JsonNode zone = registry.post("/api/v1/zones", zone(code, List.of("huangheshao"), "2023-03-01"));
		assertThat(zone.get("status").asString()).isEqualTo("PLANNED");
		registry.asBureau().post().uri("/api/v1/zones/" + code + "/status").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("status", "CREATING", "since", "2024-05-01")).exchange().expectStatus().isOk();
		JsonNode read = registry.get("/api/v1/zones/" + code);
		assertThat(read.get("status").asString()).isEqualTo("CREATING");
		assertThat(read.get("statusSince").asString()).isEqualTo("2024-05-01");
		assertThat(read.get("history").findValuesAsString("status")).containsExactly("PLANNED", "CREATING");
		assertThat(read.get("history").findValuesAsString("since")).containsExactly("2023-03-01", "2024-05-01");
		assertThat(registry.get("/api/v1/zones").get("content").findValuesAsString("code")).contains(code);

		Map<String, Long> before = counts();
		refused("/api/v1/zones/" + code + "/status", Map.of("status", "RECOGNISED", "since", "2024-04-30"),
				HttpStatus.BAD_REQUEST, "since");
		refused("/api/v1/zones/" + code + "/status", Map.of("status", "RECOGNISED",
				"since", LocalDate.now(clock).plusDays(1).toString()), HttpStatus.BAD_REQUEST, "since");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void badZonesAreRefusedNamingTheFieldAndChangeNothing() {
		String code = "ZONE-" + SEQUENCE.incrementAndGet();
		registry.post("/api/v1/zones", zone(code, List.of("yulin"), "2024-01-01"));
		Map<String, Long> before = counts();
		refused("/api/v1/zones", zone(code, List.of("yulin"), "2024-01-01"), HttpStatus.CONFLICT, "code");
		Map<String, Object> bad = zone("ZONE-" + SEQUENCE.incrementAndGet(), List.of("atlantis"), "1999-12-31");
		bad.put("productCode", "NO-SUCH");
		refused("/api/v1/zones", bad, HttpStatus.BAD_REQUEST, "productCode", "towns[0]", "statusSince");
		refused("/api/v1/zones", zone("ZONE-" + SEQUENCE.incrementAndGet(), List.of(), "2024-01-01"),
				HttpStatus.BAD_REQUEST, "towns");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aVillagesSpecialtyIsDesignatedAndReplaced() {
		put("/api/v1/towns/yulin/villages/东干丈村/specialty", Map.of("productCode", "TPZ-TOMATO"), HttpStatus.OK);
		put("/api/v1/towns/yulin/villages/东干丈村/specialty", Map.of("productCode", "BY-BITTERGOURD"), HttpStatus.OK);
		JsonNode all = registry.get("/api/v1/villages/specialties");
		assertThat(all.findValuesAsString("village").stream().filter("东干丈村"::equals)).hasSize(1);
		assertThat(all.toString()).contains("\"productCode\":\"BY-BITTERGOURD\"");

		long before = registry.count("village_specialty");
		put("/api/v1/towns/yulin/villages/东干丈村/specialty", Map.of("productCode", "NO-SUCH"), HttpStatus.BAD_REQUEST);
		put("/api/v1/towns/atlantis/villages/东干丈村/specialty", Map.of("productCode", "TPZ-TOMATO"), HttpStatus.NOT_FOUND);
		registry.anonymous().put().uri("/api/v1/towns/yulin/villages/东干丈村/specialty")
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("productCode", "TPZ-TOMATO")).exchange()
			.expectStatus().isUnauthorized();
		assertThat(registry.count("village_specialty")).isEqualTo(before);
	}

	private static Map<String, Object> zone(String code, List<String> towns, String since) {
		return new HashMap<>(Map.of("code", code, "nameZh", "太平庄番茄优势区", "productCode", "TPZ-TOMATO", "towns", towns,
				"level", "DISTRICT", "status", "PLANNED", "statusSince", since));
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new HashMap<>(registry.counts());
		for (String table : List.of("zone", "zone_town", "zone_status", "village_specialty")) {
			counts.put(table, registry.count(table));
		}
		return counts;
	}

	private void put(String path, Object body, HttpStatus status) {
		registry.asBureau().put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
			.expectStatus().isEqualTo(status);
	}

	private void refused(String path, Object body, HttpStatus status, String... fields) {
		JsonNode problem = registry.asBureau().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
			.exchange().expectStatus().isEqualTo(status)
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(fields);
	}
}
