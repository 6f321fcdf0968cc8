package cn.saihan.trace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;

/** Page numbers past what a row offset can hold, negative ones and empty pages are bad input, on every collection. */
@TraceIntegrationTest
class PageParametersIntegrationTests {

	@Autowired
	RegistryClient registry;

	private void refused(String path, String field) {
		registry.asBureau().get().uri(path).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
	}

	@Test
	void aPageOutOfRangeIsRefusedNamingTheParameter() {
		long producer = registry.producer("分页测试合作社", "yulin");
		String lot = registry.lot(producer, "TPZ-TOMATO", LocalDate.of(2025, 7, 18), "100", "5").get("lotCode")
			.asString();
		for (String collection : new String[] { "/api/v1/producers?", "/api/v1/lots?",
				"/api/v1/producers/" + producer + "/certifications?", "/api/v1/lots/" + lot + "/events?",
				"/api/v1/enrolments?", "/api/v1/search?q=x&" }) {
			refused(collection + "page=1073741824", "page");
			refused(collection + "page=-1", "page");
			refused(collection + "page=first", "page");
			refused(collection + "size=0", "size");
			refused(collection + "size=-5", "size");
		}
	}

	@Test
	void theLastPageInRangeIsAnEmptyPage() {
		var page = registry.get("/api/v1/producers?page=" + PageParameters.MAX_PAGE + "&size=200");
		assertThat(page.get("content")).isEmpty();
		assertThat(page.get("page").get("number").asInt()).isEqualTo(PageParameters.MAX_PAGE);
	}
}
