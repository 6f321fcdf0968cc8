package cn.saihan.trace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;

/**
 * No date before 2000-01-01 (nor a certificate's after 2100-12-31) enters the registry, whichever
 * call brings it: each is a 400 naming the field, and nothing is stored. Years of other widths
 * ({@code -999999999}, {@code 0000}) were stored before, the first read back as {@code +169087565-03-15}.
 */
@TraceIntegrationTest
class PlausibleDatesIntegrationTests {

	private static final String[] TOO_EARLY = { "-999999999-01-01", "0000-01-01", "1900-01-01", "1999-12-31" };

	@Autowired
	RegistryClient registry;

	private void refused(String path, Object body, String field) {
		var before = registry.counts();
		registry.asBureau().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains(field));
		assertThat(registry.counts()).as(path + " " + body).isEqualTo(before);
	}

	@Test
	void aHarvestBefore2000IsRefused() {
		long producer = registry.producer("日期测试合作社", "yulin");
		for (String date : TOO_EARLY) {
			refused("/api/v1/lots", Map.of("producerId", producer, "productCode", "TPZ-TOMATO", "harvestDate", date,
					"quantityKg", "10", "unitPriceYuan", "2"), "harvestDate");
		}
		assertThat(registry.lot(producer, "TPZ-TOMATO", LocalDate.of(2000, 1, 1), "10", "2").get("harvestDate")
			.asString()).isEqualTo("2000-01-01");
	}

	@Test
	void aCertificationsValidityLiesWithin2000To2100() {
		long producer = registry.producer("证书日期测试合作社", "yulin");
		for (String date : TOO_EARLY) {
			refused("/api/v1/producers/" + producer + "/certifications", certification("GREEN",
					RegistryClient.freshGreenNumber(), date, "2001-01-01"), "validFrom");
		}
		// an open-ended GI still ends in the registry's years when it is given an end
		refused("/api/v1/producers/" + producer + "/certifications",
				certification("GI", "AGI" + (80000 + producer % 10000), "2010-01-01", "+10000-01-01"), "validTo");
		refused("/api/v1/producers/" + producer + "/certifications",
				certification("GI", "AGI" + (80000 + producer % 10000), "2010-01-01", "2101-01-01"), "validTo");
		long valid = registry.certification(producer, "GREEN", RegistryClient.freshGreenNumber(),
				List.of("TPZ-TOMATO"), LocalDate.of(2000, 1, 1), LocalDate.of(2002, 12, 31));
		for (String date : TOO_EARLY) {
			refused("/api/v1/certifications/" + valid + "/revocation", Map.of("revokedAt", date, "reason", "抽检不合格"),
					"revokedAt");
		}
	}

	@Test
	void anEventOrATransformationBefore2000IsRefused() {
		long producer = registry.producer("事件日期测试合作社", "yulin");
		String lot = registry.lot(producer, "TPZ-TOMATO", LocalDate.of(2000, 1, 1), "10", "2").get("lotCode")
			.asString();
		for (String date : TOO_EARLY) {
			refused("/api/v1/lots/" + lot + "/events", Map.of("type", "PACKED", "occurredAt", date + "T08:00:00+08:00",
					"location", "包装车间", "details", Map.of()), "occurredAt");
			refused("/api/v1/transformations", Map.of("producerId", producer, "occurredAt", date + "T08:00:00+08:00",
					"location", "包装车间", "inputs", List.of(Map.of("lotCode", lot, "quantityKg", "5")), "output",
					Map.of("productCode", "TPZ-TOMATO", "quantityKg", "5", "unitPriceYuan", "3")), "occurredAt");
		}
	}

	private static Map<String, Object> certification(String type, String number, String from, String to) {
		Map<String, Object> body = new HashMap<>(Map.of("type", type, "certificateNo", number, "productCodes",
				List.of("TPZ-TOMATO"), "validFrom", from, "issuer", "中国绿色食品发展中心"));
		body.put("validTo", to);
		return body;
	}
}
