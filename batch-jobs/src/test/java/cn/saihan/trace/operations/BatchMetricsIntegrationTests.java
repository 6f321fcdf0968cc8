package cn.saihan.trace.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.saihan.trace.jobs.BatchJobsTest;
import cn.saihan.trace.jobs.CsvUpload;
import cn.saihan.trace.testing.RegistryClient;

/** The bureau's metrics time the jobs (Spring Batch's own) and count the rows of imports. */
@BatchJobsTest
class BatchMetricsIntegrationTests {

	@Autowired
	RegistryClient registry;

	@Test
	void anImportShowsInTheJobTimingsAndTheImportedRows() {
		long producer = registry.producer("指标导入合作社", "yulin");
		String creditCode = registry.get("/api/v1/producers/" + producer).get("creditCode").asString();
		// A year no other test of this application counts in indicator 12.
		String csv = "creditCode,productCode,harvestDate,quantityKg,unitPriceYuan,lotCode,plot,village\r\n"
				+ creditCode + ",TPZ-TOMATO,2014-07-18,10,3.20,,,\r\n" + creditCode + ",TPZ-TOMATO,2014-13-01,10,3.20,,,\r\n";
		registry.asBureau().post().uri("/api/v1/imports/lots").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(CsvUpload.of(csv.getBytes(StandardCharsets.UTF_8), "metrics.csv")).exchange().expectStatus().isOk();

		String metrics = registry.asBureau().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(metrics).containsPattern("trace_import_rows_total\\{[^}]*outcome=\"written\"[^}]*} [1-9]")
			.containsPattern("trace_import_rows_total\\{[^}]*outcome=\"refused\"[^}]*} [1-9]")
			.containsPattern("spring_batch_job_seconds_count\\{[^}]*lotImportJob");
	}
}
