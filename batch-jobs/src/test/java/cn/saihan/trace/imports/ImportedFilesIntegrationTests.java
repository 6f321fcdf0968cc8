package cn.saihan.trace.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.saihan.trace.jobs.BatchJobsTest;
import cn.saihan.trace.jobs.CsvUpload;
import cn.saihan.trace.testing.RegistryClient;
import tools.jackson.databind.JsonNode;

/**
 * A file that is no text of the encodings the import reads, and an upload that never arrives whole,
 * are refused as a whole naming {@code file}, and nothing is written; a file of bad rows answers the
 * first 1,000 of them and counts the rest.
 */
@BatchJobsTest
class ImportedFilesIntegrationTests {

	private static final String HEADER = "creditCode,productCode,harvestDate,quantityKg,unitPriceYuan,lotCode,plot,village";

	@LocalServerPort
	int port;

	@Autowired
	RegistryClient registry;

	@Autowired
	JdbcTemplate jdbc;

	private String goodRow() {
		long producer = registry.producer("编码测试合作社", "yulin");
		String creditCode = registry.get("/api/v1/producers/" + producer).get("creditCode").asString();
		return creditCode + ",TPZ-TOMATO,2026-07-18,10,1.00,,一号地,东干丈村";
	}

	private void refusedAsAWhole(byte[] file) {
		Map<String, Long> before = registry.counts();
		long problems = registry.count("lot_import_error");
		registry.asBureau().post().uri("/api/v1/imports/lots").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(CsvUpload.of(file, "lots.csv")).exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("file")
			.jsonPath("$.errors[0].code").isEqualTo("ImportRefusal.NOT_TEXT");
		assertThat(registry.counts()).isEqualTo(before);
		assertThat(registry.count("lot_import_error")).isEqualTo(problems);
	}

	@Test
	void aFileOfUtf16Latin1OrBinaryBytesIsRefusedNamingTheFile() {
		String csv = HEADER + "\r\n" + goodRow() + "\r\n";
		// UTF-16 as Excel's "Unicode text" saves it, with its byte-order mark, and without
		ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
		utf16.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
		utf16.writeBytes(csv.getBytes(StandardCharsets.UTF_16LE));
		refusedAsAWhole(utf16.toByteArray());
		refusedAsAWhole(csv.getBytes(StandardCharsets.UTF_16BE));
		// Latin-1: "é," is no GB18030 character
		refusedAsAWhole((csv.replace("东干丈村", "Café, Müller") + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
		// bytes of no text at all
		byte[] binary = new byte[4096];
		new java.util.Random(12).nextBytes(binary);
		binary[100] = 0;
		refusedAsAWhole(binary);
	}

	@Test
	void anUploadCutShortIsABadRequestNamingTheFile() throws Exception {
		String boundary = "----cut-short";
		byte[] body = ("--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"file\"; filename=\"lots.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + HEADER + "\r\n" + goodRow() + "\r\n")
			.getBytes(StandardCharsets.UTF_8);
		Map<String, Long> before = registry.counts();
		HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports/lots"))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("bureau:bureau-demo".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(answer.body()).contains("\"field\":\"file\"");
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void aFileOfBadRowsListsTheFirstThousandAndCountsTheRest() {
		String good = goodRow();
		String bad = good.replace("2026-07-18", "2026-13-01");
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < 1_500; i++) {
			csv.append(bad).append('\n');
		}
		csv.append(good).append('\n');

		JsonNode report = registry.asBureau().post().uri("/api/v1/imports/lots")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(CsvUpload.of(csv.toString().getBytes(StandardCharsets.UTF_8), "lots.csv")).exchange()
			.expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

		assertThat(report.get("read").asLong()).isEqualTo(1_501);
		assertThat(report.get("written").asLong()).isEqualTo(1);
		assertThat(report.get("skipped").asLong()).isEqualTo(1_500);
		assertThat(report.get("errors")).hasSize(1_000);
		assertThat(report.get("errors").get(0).get("line").asLong()).isEqualTo(2);
		assertThat(report.get("errors").get(999).get("line").asLong()).isEqualTo(1_001);
		assertThat(report.get("moreErrors").asLong()).isEqualTo(500);
		assertThat(jdbc.queryForObject("select count(*) from lot_import_error where job_execution_id = ?", Long.class,
				report.get("jobExecutionId").asLong())).isEqualTo(1_000);
	}
}
