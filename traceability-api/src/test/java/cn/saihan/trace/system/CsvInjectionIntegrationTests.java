package cn.saihan.trace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;

/** Whatever a farmer types as a place or a receiver opens in the bureau's spreadsheet as text, never as a formula. */
@TraceIntegrationTest
class CsvInjectionIntegrationTests {

	@Autowired
	RegistryClient registry;

	@Test
	void theRecallCsvNeutralisesFormulasTypedIntoEvents() {
		long producer = registry.producer("公式注入测试合作社", "yulin");
		String lot = registry.lot(producer, "TPZ-TOMATO", LocalDate.of(2025, 7, 18), "500", "5").get("lotCode")
			.asString();
		registry.post("/api/v1/lots/" + lot + "/events", Map.of("type", "SHIPPED", "occurredAt",
				"2025-07-19T08:00:00+08:00", "location", "=HYPERLINK(\"http://x\")", "details",
				Map.of("to", "@SUM(A1:A9)", "documentNo", "-2+3")));

		String csv = new String(registry.anonymous().get().uri("/api/v1/lots/" + lot + "/recall.csv").exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"", ",'@SUM(A1:A9),", ",'-2+3")
			.contains("," + lot + ",TPZ-TOMATO,太平庄番茄,500,KGM,");
		for (String line : csv.substring(1).split("\r\n")) {
			for (String cell : line.split(",")) {
				assertThat(cell).as(line).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
			}
		}
	}
}
