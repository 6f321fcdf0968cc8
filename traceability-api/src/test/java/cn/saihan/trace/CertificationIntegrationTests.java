package cn.saihan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

@TraceIntegrationTest
class CertificationIntegrationTests {

	@Autowired
	RegistryClient registry;

	long producerId;

	@BeforeEach
	void aProducer() {
		producerId = registry.producer("太平庄番茄专业合作社", "huangheshao");
	}

	private Map<String, Object> green(String from, String to) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", "GREEN");
		body.put("certificateNo", RegistryClient.freshGreenNumber());
		body.put("productCodes", List.of("TPZ-TOMATO"));
		body.put("issuer", "中国绿色食品发展中心");
		body.put("validFrom", from);
		body.put("validTo", to);
		return body;
	}

	private RestTestClient.ResponseSpec post(Map<String, Object> body) {
		return registry.asBureau().post().uri("/api/v1/producers/" + producerId + "/certifications")
			.contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	private void refused(Map<String, Object> body, String field, String messagePart) {
		var before = registry.counts();
		post(body).expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == '" + field + "')].message")
			.value(messages -> assertThat(messages.toString()).contains(messagePart));
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void registersAGreenFoodLicenceWithItsStatusToday() {
		var result = post(green(LocalDate.now().minusYears(1).toString(), LocalDate.now().plusYears(1).toString()))
			.expectStatus().isCreated().expectBody(JsonNode.class).returnResult();
		JsonNode created = result.getResponseBody();
		assertThat(created.get("status").asString()).isEqualTo("VALID");
		assertThat(created.get("productCodes").get(0).asString()).isEqualTo("TPZ-TOMATO");
		assertThat(result.getResponseHeaders().getLocation().toString())
			.endsWith("/api/v1/certifications/" + created.get("id").asLong());
		assertThat(registry.get("/api/v1/certifications/" + created.get("id").asLong()).get("certificateNo").asString())
			.isEqualTo(created.get("certificateNo").asString());
	}

	@Test
	void aNumberInTheWrongShapeIsRefusedShowingTheExpectedShape() {
		Map<String, Object> body = green("2024-01-01", "2026-12-31");
		body.put("certificateNo", "LB-15-XYZ");
		refused(body, "certificateNo", "LB-XX-YYMMPPSSSS[S]A");
	}

	@Test
	void aGreenLicenceLongerThanThreeYearsIsRefused() {
		refused(green("2024-01-01", "2027-01-01"), "validTo", "2026-12-31");
	}

	@Test
	void anOrganicCertificateLongerThanOneYearIsRefused() {
		Map<String, Object> body = green("2025-03-15", "2026-03-15");
		body.put("type", "ORGANIC");
		body.put("certificateNo", RegistryClient.freshOrganicNumber());
		refused(body, "validTo", "2026-03-14");
		body.put("validTo", "2026-03-14");
		post(body).expectStatus().isCreated();
	}

	@Test
	void onlyAGeographicalIndicationMayBeOpenEnded() {
		refused(green("2024-01-01", null), "validTo", "only GI");

		Map<String, Object> gi = green("2015-06-01", null);
		gi.put("type", "GI");
		gi.put("certificateNo", String.format("AGI%05d", producerId));
		post(gi).expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("VALID");
	}

	@Test
	void validToBeforeValidFromIsRefused() {
		refused(green("2025-01-01", "2024-12-31"), "validTo", "before validFrom");
	}

	@Test
	void anUnknownProductIsRefusedNamingItsPosition() {
		Map<String, Object> body = green("2024-01-01", "2026-12-31");
		body.put("productCodes", List.of("TPZ-TOMATO", "MARS-POTATO"));
		var before = registry.counts();
		post(body).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field")
			.isEqualTo("productCodes[1]");
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void aDuplicateCertificateNumberIsAConflict() {
		Map<String, Object> body = green("2024-01-01", "2026-12-31");
		post(body).expectStatus().isCreated();
		var before = registry.counts();
		post(body).expectStatus().isEqualTo(409).expectBody().jsonPath("$.errors[0].field").isEqualTo("certificateNo");
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void anUnknownProducerIsNotFoundAndNothingIsStored() {
		var before = registry.counts();
		registry.asBureau().post().uri("/api/v1/producers/999999/certifications")
			.contentType(MediaType.APPLICATION_JSON).body(green("2024-01-01", "2026-12-31")).exchange()
			.expectStatus().isNotFound();
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void revocationIsRecordedOnceAndChangesTheStatus() {
		long id = registry.certification(producerId, "GREEN", RegistryClient.freshGreenNumber(),
				List.of("TPZ-TOMATO"), LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
		String path = "/api/v1/certifications/" + id + "/revocation";
		Map<String, Object> revocation = Map.of("revokedAt", LocalDate.now().toString(), "reason", "抽检农残超标");

		registry.asBureau().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(revocation).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("REVOKED").jsonPath("$.revocationReason").isEqualTo("抽检农残超标");

		registry.asBureau().post().uri(path).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("revokedAt", LocalDate.now().minusDays(3).toString(), "reason", "再次吊销")).exchange()
			.expectStatus().isEqualTo(409);
		JsonNode stored = registry.get("/api/v1/certifications/" + id);
		assertThat(stored.get("revokedAt").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(stored.get("revocationReason").asString()).isEqualTo("抽检农残超标");
	}

	@Test
	void ofTenRevocationsAtOnceExactlyOneIsRecorded() throws Exception {
		long id = post(green("2024-01-01", "2026-12-31")).expectStatus().isCreated().expectBody(JsonNode.class)
			.returnResult().getResponseBody().get("id").asLong();
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				Map<String, Object> revocation = Map.of("revokedAt", LocalDate.of(2025, 1, 1 + i).toString(),
						"reason", "理由 " + i);
				answers.add(pool.submit(() -> registry.asBureau().post()
					.uri("/api/v1/certifications/" + id + "/revocation").contentType(MediaType.APPLICATION_JSON)
					.body(revocation).exchange().returnResult().getStatus().value()));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(60, TimeUnit.SECONDS));
			}
			assertThat(statuses).containsOnly(200, 409);
			assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(registry.jdbc().queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'CERTIFICATION_REVOKED' AND subject = ?", Long.class,
				"certification:" + id)).isEqualTo(1);
		JsonNode stored = registry.get("/api/v1/certifications/" + id);
		String reason = stored.get("revocationReason").asString();
		assertThat(stored.get("revokedAt").asString())
			.isEqualTo(LocalDate.of(2025, 1, 1 + Integer.parseInt(reason.substring(3))).toString());
	}

	@Test
	void aRevocationOutsideTheCertificatesValidityIsRefused() {
		long id = post(green("2024-01-01", "2025-12-31")).expectStatus().isCreated().expectBody(JsonNode.class)
			.returnResult().getResponseBody().get("id").asLong();
		for (String date : List.of("1999-12-31", "2023-12-31", "2026-01-01")) {
			var before = registry.counts();
			registry.asBureau().post().uri("/api/v1/certifications/" + id + "/revocation")
				.contentType(MediaType.APPLICATION_JSON).body(Map.of("revokedAt", date, "reason", "日期不对"))
				.exchange().expectStatus().isBadRequest()
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("revokedAt");
			assertThat(registry.counts()).isEqualTo(before);
		}
		assertThat(registry.get("/api/v1/certifications/" + id).get("status").asString()).isNotEqualTo("REVOKED");
	}

	@Test
	void aRevocationInTheFutureOrWithoutReasonIsRefused() {
		long id = registry.certification(producerId, "GREEN", RegistryClient.freshGreenNumber(),
				List.of("TPZ-TOMATO"), LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
		registry.asBureau().post().uri("/api/v1/certifications/" + id + "/revocation")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("revokedAt", LocalDate.now().plusDays(10).toString(), "reason", " ")).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors.length()").isEqualTo(2);
		assertThat(registry.get("/api/v1/certifications/" + id).get("status").asString()).isEqualTo("VALID");
	}

	@Test
	void listsTheCertificationsOfAProducer() {
		registry.certification(producerId, "GREEN", RegistryClient.freshGreenNumber(), List.of("TPZ-TOMATO"),
				LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31));
		JsonNode page = registry.get("/api/v1/producers/" + producerId + "/certifications");
		assertThat(page.get("content")).hasSize(1);
		assertThat(page.get("content").get(0).get("status").asString()).isIn("VALID", "EXPIRED");
	}
}
