package cn.saihan.trace.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Who recorded an inspection (the producer itself, the bureau, or a laboratory through the bureau)
 * and its report file: checked by content, capped in size, attached once, and read by anyone.
 */
@TraceIntegrationTest
class InspectionReportIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	RegistryClient registry;

	String lotCode;

	RestTestClient farmer;

	@BeforeEach
	void aLotAndItsFarmer() {
		long producer = registry.producer("黑沙图火龙果合作社", "jinhe");
		lotCode = registry.lot(producer, "HST-PITAYA", LocalDate.of(2025, 8, 20), "500", "18").get("lotCode").asString();
		farmer = registry.farmerOf(producer);
	}

	@Test
	void anInspectionIsRecordedInTheRoleOfItsLoginAndTheBureauMayEnterALaboratorysOwn() {
		JsonNode own = created(farmer, inspection(null));
		assertThat(own.get("recordedAs").asString()).isEqualTo("PRODUCER");
		JsonNode bureau = created(registry.asBureau(), inspection(null));
		assertThat(bureau.get("recordedAs").asString()).isEqualTo("BUREAU");
		JsonNode lab = created(registry.asBureau(), inspection("LAB"));
		assertThat(lab.get("recordedAs").asString()).isEqualTo("LAB");

		// A producer cannot claim a laboratory's or the bureau's word, nor is a packing a laboratory's.
		refused(farmer, inspection("LAB"), "recordedAs");
		refused(farmer, inspection("BUREAU"), "recordedAs");
		Map<String, Object> packing = new HashMap<>(inspection("LAB"));
		packing.put("type", "PACKED");
		packing.remove("details");
		refused(registry.asBureau(), packing, "recordedAs");

		JsonNode events = registry.get("/api/v1/lots/" + lotCode + "/events").get("content");
		// The harvest is the system's own record: no role.
		assertThat(events.get(0).get("recordedAs").isNull()).isTrue();
		assertThat(events.findValuesAsString("recordedAs").subList(1, 4)).containsExactly("PRODUCER", "BUREAU", "LAB");
		assertThat(registry.jdbc().queryForObject("select content from audit_entry where action = 'EVENT_RECORDED' "
				+ "and content like ? order by id desc fetch first 1 rows only", String.class, "%" + lab.get("id").asLong() + "%"))
			.contains("\"recordedAs\":\"LAB\"");
	}

	@Test
	void aReportIsCheckedByItsContentAttachedOnceAndReadByAnyone() {
		long inspection = created(registry.asBureau(), inspection("LAB")).get("id").asLong();

		// Refused, and nothing stored: a page that calls itself a PDF, an empty file, one above 5 MB.
		var before = registry.counts();
		attach(registry.asBureau(), inspection, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
				"report.pdf").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("file")
			.jsonPath("$.errors[0].message").value(message -> assertThat(message.toString()).contains("PDF, JPEG or PNG"));
		attach(registry.asBureau(), inspection, new byte[0], "empty.pdf").expectStatus().isBadRequest();
		byte[] tooLarge = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
		attach(registry.asBureau(), inspection, tooLarge, "huge.pdf").expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors[0].message").isEqualTo("is larger than the 5 MB a report may have");
		assertThat(registry.counts()).isEqualTo(before);

		JsonNode report = attach(registry.asBureau(), inspection, PDF, "化验单.pdf").expectStatus().isCreated()
			.expectHeader().location("/api/v1/lots/" + lotCode + "/events/" + inspection + "/report")
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(report.get("format").asString()).isEqualTo("PDF");
		assertThat(report.get("sizeBytes").asLong()).isEqualTo(PDF.length);
		assertThat(report.get("sha256").asString()).hasSize(64);

		// Anyone reads it, as the type its content showed, and no browser may guess another.
		byte[] read = registry.anonymous().get().uri("/api/v1/lots/{lot}/events/{id}/report", lotCode, inspection)
			.exchange().expectStatus().isOk()
			.expectHeader().contentType(MediaType.APPLICATION_PDF)
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectBody(byte[].class).returnResult().getResponseBody();
		assertThat(read).isEqualTo(PDF);
		JsonNode events = registry.get("/api/v1/lots/" + lotCode + "/events").get("content");
		assertThat(events.get(1).at("/report/format").asString()).isEqualTo("PDF");

		// Once only: a corrected report comes with the event that corrects the inspection.
		attach(registry.asBureau(), inspection, PDF, "again.pdf").expectStatus().isEqualTo(409);
		assertThat(registry.jdbc().queryForObject("select count(*) from audit_entry where action = "
				+ "'INSPECTION_REPORT_ATTACHED' and subject = ?", Long.class, "lot:" + lotCode)).isEqualTo(1);
		registry.asBureau().get().uri("/api/v1/audit/verify").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.valid").isEqualTo(true);
	}

	@Test
	void onlyAnInspectionCarriesAReportAndAProducerOnlyOnItsOwn() {
		long lab = created(registry.asBureau(), inspection("LAB")).get("id").asLong();
		long harvest = registry.get("/api/v1/lots/" + lotCode + "/events").get("content").get(0).get("id").asLong();
		attach(registry.asBureau(), harvest, PDF, "harvest.pdf").expectStatus().isEqualTo(409);
		// The laboratory's word may not be backed by a file the producer chose.
		attach(farmer, lab, PDF, "lab.pdf").expectStatus().isForbidden();
		attach(registry.anonymous(), lab, PDF, "lab.pdf").expectStatus().isUnauthorized();
		attach(registry.asBureau(), 999999, PDF, "none.pdf").expectStatus().isNotFound();

		long own = created(farmer, inspection(null)).get("id").asLong();
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
		attach(farmer, own, png, "photo.jpg").expectStatus().isCreated().expectBody().jsonPath("$.format")
			.isEqualTo("PNG");
		registry.anonymous().get().uri("/api/v1/lots/{lot}/events/{id}/report", lotCode, lab).exchange()
			.expectStatus().isNotFound();
	}

	private Map<String, Object> inspection(String recordedAs) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", "INSPECTED");
		body.put("occurredAt", OffsetDateTime.of(2025, 8, 21, 9, 30, 0, 0, ZoneOffset.ofHours(8)).toString());
		body.put("location", "呼和浩特市农产品质量检测中心");
		body.put("details", Map.of("lab", "呼和浩特市农产品质量检测中心", "result", "PASS", "items", List.of("农药残留")));
		if (recordedAs != null) {
			body.put("recordedAs", recordedAs);
		}
		return body;
	}

	private JsonNode created(RestTestClient client, Map<String, Object> body) {
		return client.post().uri("/api/v1/lots/" + lotCode + "/events").contentType(MediaType.APPLICATION_JSON)
			.body(body).exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
			.getResponseBody();
	}

	private void refused(RestTestClient client, Map<String, Object> body, String field) {
		var before = registry.counts();
		client.post().uri("/api/v1/lots/" + lotCode + "/events").contentType(MediaType.APPLICATION_JSON).body(body)
			.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[*].field")
			.value(found -> assertThat(found.toString()).contains(field));
		assertThat(registry.counts()).isEqualTo(before);
	}

	private RestTestClient.ResponseSpec attach(RestTestClient client, long eventId, byte[] content, String fileName) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		}, headers));
		return client.post().uri("/api/v1/lots/{lot}/events/{id}/report", lotCode, eventId)
			.contentType(MediaType.MULTIPART_FORM_DATA).body(parts).exchange();
	}
}
