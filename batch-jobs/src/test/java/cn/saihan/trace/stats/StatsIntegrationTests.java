package cn.saihan.trace.stats;

import static cn.saihan.trace.jobs.StatsClient.decimal;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import cn.saihan.trace.jobs.BatchJobsTest;
import cn.saihan.trace.jobs.StatsClient;
import cn.saihan.trace.testing.RegistryClient;
import tools.jackson.databind.JsonNode;

/** The statistics over HTTP, as the bureau's page will use them. Years 2016–2019 belong to these tests. */
@BatchJobsTest
class StatsIntegrationTests {

	@Autowired
	RegistryClient registry;

	@Autowired
	StatsClient stats;

	@Test
	void runsInTheBackgroundThenAnswersTheFinishedRunForUnchangedInputs() throws Exception {
		// given 30.00 green of 40.00 registered in 2018
		long producer = registry.producer("辰合作社", "yulin");
		registry.certification(producer, "GREEN", RegistryClient.freshGreenNumber(), List.of("QGT-PERILLA"),
				LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
		registry.lot(producer, "QGT-PERILLA", LocalDate.of(2018, 7, 1), "3", "10.00");
		registry.lot(producer, "ML-FLOWER", LocalDate.of(2018, 7, 1), "1", "10.00");
		registry.anonymous().get().uri("/api/v1/stats/indicator12?year=2018").exchange().expectStatus().isNotFound();

		// when
		JsonNode started = runs(2018, HttpStatus.ACCEPTED);
		long id = started.get("jobExecutionId").asLong();
		JsonNode status = stats.awaitEnd(id);

		// then
		assertThat(status.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(status.get("readCount").asLong()).isEqualTo(2);
		assertThat(status.get("writeCount").asLong()).isEqualTo(2);
		assertThat(status.get("startTime").asString()).isNotEmpty();
		assertThat(status.get("endTime").asString()).isNotEmpty();
		JsonNode result = stats.get("/api/v1/stats/indicator12?year=2018");
		// 30 / 40 = 0.75
		assertThat(decimal(result.get("share"))).isEqualTo(new java.math.BigDecimal("0.750000"));

		// asked again with nothing changed: the finished run, not a new one
		JsonNode again = runs(2018, HttpStatus.OK);
		assertThat(again.get("jobExecutionId").asLong()).isEqualTo(id);
		assertThat(again.get("status").asString()).isEqualTo("COMPLETED");

		// once a lot is added, a new run replaces the result: 30 / 50 = 0.6
		registry.lot(producer, "ML-FLOWER", LocalDate.of(2018, 8, 1), "1", "10.00");
		long rerun = runs(2018, HttpStatus.ACCEPTED).get("jobExecutionId").asLong();
		assertThat(rerun).isNotEqualTo(id);
		assertThat(stats.awaitEnd(rerun).get("status").asString()).isEqualTo("COMPLETED");
		assertThat(decimal(stats.get("/api/v1/stats/indicator12?year=2018").get("share")))
			.isEqualTo(new java.math.BigDecimal("0.600000"));
	}

	@Test
	void exportsTheResultAsCsvWithABomForExcel() throws Exception {
		// given
		long producer = registry.producer("巳合作社", "huangheshao");
		registry.lot(producer, "BY-BITTERGOURD", LocalDate.of(2017, 6, 1), "2", "3.50");
		stats.awaitEnd(runs(2017, HttpStatus.ACCEPTED).get("jobExecutionId").asLong());

		// when
		byte[] csv = registry.anonymous().get().uri("/api/v1/stats/indicator12.csv?year=2017").exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith("text/csv")
			.expectBody(byte[].class).returnResult().getResponseBody();

		// then
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text).startsWith("year,dimension,code,nameZh,");
		assertThat(text).contains("2017,DISTRICT,GREEN_OR_ORGANIC,绿色有机,REGISTERED_LOTS,7.00,0.00,0.00,0.000000");
		assertThat(text).contains("2017,TOWN,huangheshao,黄合少镇,REGISTERED_LOTS,7.00,7.00,0.00,0.000000");
		// every row is named in Chinese beside its code, for the people who open it in Excel
		assertThat(text).contains("2017,PRODUCT,BY-BITTERGOURD,白玉苦瓜,");
		assertThat(text).contains("2017,CERT_TYPE,GREEN,绿色食品,", "2017,CERT_TYPE,ORGANIC,有机产品,",
				"2017,CERT_TYPE,GI,农产品地理标志,", "2017,CERT_TYPE,POLLUTION_FREE,无公害农产品,");
	}

	@Test
	void officialOutputIsValidatedNamingTheBadField() {
		var before = registry.counts();
		registry.asBureau().put().uri("/api/v1/stats/official-output/2016").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("totalYuan", "1000.00", "byTown", Map.of("atlantis", "10.00", "yulin", "-5")))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'byTown.atlantis')]").exists()
			.jsonPath("$.errors[?(@.field == 'byTown.yulin')]").exists();
		registry.asBureau().put().uri("/api/v1/stats/official-output/2016").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("totalYuan", "0"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("totalYuan");
		registry.anonymous().put().uri("/api/v1/stats/official-output/2016").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("totalYuan", "10"))
			.exchange()
			.expectStatus().isUnauthorized();
		registry.asBureau().get().uri("/api/v1/stats/official-output/2016").exchange().expectStatus().isNotFound();
		assertThat(registry.counts()).isEqualTo(before);

		// a valid entry is stored as given, to the cent
		registry.asBureau().put().uri("/api/v1/stats/official-output/2016").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("totalYuan", "123456789.01", "byTown", Map.of("jinhe", "100.10")))
			.exchange()
			.expectStatus().isOk();
		JsonNode stored = stats.getAsBureau("/api/v1/stats/official-output/2016");
		assertThat(decimal(stored.get("totalYuan"))).isEqualTo(new java.math.BigDecimal("123456789.01"));
		assertThat(decimal(stored.get("byTown").get("jinhe"))).isEqualTo(new java.math.BigDecimal("100.10"));
	}

	@Test
	void aTownFigureOverTheTotalOrTownsTogetherOverItAreRefusedAndNothingIsStored() {
		// given
		Map<String, Long> before = officialOutputRows();

		// when a town alone is larger than the district
		registry.asBureau().put().uri("/api/v1/stats/official-output/2019").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("totalYuan", "1000.00", "byTown", Map.of("yulin", "86870.00", "jinhe", "10.00")))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors.length()").isEqualTo(1)
			.jsonPath("$.errors[0].field").isEqualTo("byTown.yulin")
			.jsonPath("$.errors[0].message").isEqualTo("86870 yuan is more than the district total of 1000 yuan");
		// and when the towns together are, each within it
		registry.asBureau().put().uri("/api/v1/stats/official-output/2019").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("totalYuan", "1000.00", "byTown", Map.of("yulin", "600.00", "jinhe", "400.01")))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors.length()").isEqualTo(1)
			.jsonPath("$.errors[0].field").isEqualTo("byTown")
			.jsonPath("$.errors[0].message")
			.isEqualTo("the towns together, 1000.01 yuan, are more than the district total of 1000 yuan");
		// and a year out of range with every other bad field
		registry.asBureau().put().uri("/api/v1/stats/official-output/1999").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("byTown", Map.of("yulin", "1.001")))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'year')]").exists()
			.jsonPath("$.errors[?(@.field == 'totalYuan')]").exists()
			.jsonPath("$.errors[?(@.field == 'byTown.yulin')]").exists();

		// then
		assertThat(officialOutputRows()).isEqualTo(before);
		registry.asBureau().get().uri("/api/v1/stats/official-output/2019").exchange().expectStatus().isNotFound();

		// towns adding up to exactly the total are accepted, and the entry is on the audit record
		registry.asBureau().put().uri("/api/v1/stats/official-output/2019").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("totalYuan", "1000.00", "byTown", Map.of("yulin", "600.00", "jinhe", "400.00")))
			.exchange()
			.expectStatus().isOk();
		assertThat(officialOutputRows()).isEqualTo(Map.of("official_output", before.get("official_output") + 1,
				"official_town_output", before.get("official_town_output") + 2,
				"audit_entry", before.get("audit_entry") + 1));
	}

	private Map<String, Long> officialOutputRows() {
		return Map.of("official_output", registry.count("official_output"), "official_town_output",
				registry.count("official_town_output"), "audit_entry", registry.count("audit_entry"));
	}

	@Test
	void unknownJobsAndYearsAreNotFound() {
		registry.asBureau().get().uri("/api/v1/stats/jobs/999999").exchange().expectStatus().isNotFound();
		registry.anonymous().get().uri("/api/v1/stats/indicator12?year=2019").exchange().expectStatus().isNotFound();
		registry.asBureau().post().uri("/api/v1/stats/indicator12/runs?year=1900").exchange()
			.expectStatus().isBadRequest();
	}

	private JsonNode runs(int year, HttpStatus expected) {
		String body = registry.asBureau().post().uri("/api/v1/stats/indicator12/runs?year=" + year).exchange()
			.expectStatus().isEqualTo(expected)
			.expectBody(String.class).returnResult().getResponseBody();
		return StatsClient.EXACT.readTree(body);
	}
}
