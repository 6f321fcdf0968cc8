package cn.saihan.trace.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;

/** A lot's labels are capped in all, not only per request: repeated requests cannot flood the registry. */
@TraceIntegrationTest
@TestPropertySource(properties = "trace.labels.max-per-lot=30")
class LabelCapIntegrationTests {

	@Autowired
	RegistryClient registry;

	@Test
	void requestsBeyondTheLotsCapAreRefusedAndStoreNothing() {
		long producer = registry.producer("太平庄番茄专业合作社", "yulin");
		String lotCode = registry.lot(producer, "TPZ-TOMATO", LocalDate.of(2025, 7, 18), "1200", "4.50")
			.get("lotCode").asString();
		registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", 20));
		long labels = registry.count("label");
		long audit = registry.count("audit_entry");

		registry.asBureau().post().uri("/api/v1/lots/{lot}/labels", lotCode).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("count", 11)).exchange()
			.expectStatus().isEqualTo(409)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("count")
			.jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("30", "20"));

		assertThat(registry.count("label")).isEqualTo(labels);
		assertThat(registry.count("audit_entry")).isEqualTo(audit);
		assertThat(registry.jdbc().queryForObject("select issued from label_counter where lot_code = ?", Long.class,
				lotCode)).isEqualTo(20);
		// Up to the cap is still allowed.
		assertThat(registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", 10)).get("labels")).hasSize(10);
	}
}
