package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

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

import cn.saihan.trace.testing.RegistryClient;

/**
 * A year outside 2000–2100 and a page number outside 0–10,000,000 are refused (400) by every page
 * and every call that takes one, before any query or loop over years sees them: the Chinese error
 * page for a browser, a problem naming the parameter for the API. Each request has a time limit, so
 * that a page looping over years for good fails the test instead of hanging it.
 */
@PageIntegrationTest
class YearsAndPagesIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@Autowired
	RegistryClient registry;

	@Test
	void aYearOutOfRangeIsTheChineseBadRequestPageOnEveryPageThatTakesOne() {
		PageSession bureau = new PageSession(port).login("bureau", "bureau-demo");
		var before = registry.counts();
		for (String year : new String[] { "2147483647", "-2147483648", "1999", "2101" }) {
			assertBadRequestPage(bureau.get("/bureau/indicator12?year=" + year));
			assertBadRequestPage(bureau.get("/bureau/indicator12/runs/1?year=" + year));
			assertBadRequestPage(bureau.get("/map?year=" + year));
			assertBadRequestPage(bureau.post("/bureau/indicator12/runs", Map.of("year", year)));
			assertBadRequestPage(bureau.post("/bureau/indicator12/official-output?year=" + year,
					Map.of("totalYuan", "1000")));
		}
		assertThat(registry.counts()).isEqualTo(before);
		assertThat(registry.count("official_output")).isZero();
		// the bounds themselves are years
		assertThat(bureau.get("/bureau/indicator12?year=2000").statusCode()).isEqualTo(200);
		assertThat(bureau.get("/bureau/indicator12?year=2100").statusCode()).isEqualTo(200);
	}

	@Test
	void aYearOutOfRangeIsAProblemNamingItOnEveryCallThatTakesOne() throws Exception {
		for (String year : new String[] { "2147483647", "-1", "1999", "2101" }) {
			assertProblemNaming(api("GET", "/api/v1/stats/indicator12?year=" + year, null), "year");
			assertProblemNaming(api("GET", "/api/v1/stats/indicator12.csv?year=" + year, null), "year");
			assertProblemNaming(api("POST", "/api/v1/stats/indicator12/runs?year=" + year, null), "year");
			assertProblemNaming(api("GET", "/api/v1/stats/official-output/" + year, null), "year");
			assertProblemNaming(api("PUT", "/api/v1/stats/official-output/" + year, "{\"totalYuan\":\"10\"}"), "year");
			assertProblemNaming(api("GET", "/api/v1/lots?year=" + year, null), "year");
		}
		assertThat(registry.count("official_output")).isZero();
	}

	@Test
	void aPageNumberOutOfRangeIsABadRequestOnEveryPagedPageNeverAFailure() {
		PageSession bureau = new PageSession(port).login("bureau", "bureau-demo");
		long producer = registry.producer("翻页测试合作社", "yulin");
		String lotCode = registry.lot(producer, "TPZ-TOMATO", java.time.LocalDate.now().minusDays(1), "10", "2")
			.get("lotCode").asString();
		for (String page : new String[] { "2147483647", "-1", "10000001", "99999999999", "x" }) {
			for (String path : new String[] { "/farmer/lots", "/farmer/lots/" + lotCode, "/bureau/producers",
					"/bureau/enrolments", "/search?q=番茄" }) {
				assertBadRequestPage(bureau.get(path + (path.contains("?") ? "&" : "?") + "page=" + page));
			}
		}
		// the last page there may be is an empty page, not a failure
		assertThat(bureau.get("/farmer/lots?page=10000000").statusCode()).isEqualTo(200);
	}

	private static void assertBadRequestPage(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.request().method() + " " + answer.uri()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(answer.body()).contains("lang=\"zh-CN\"", "请求有误", "错误代码 400").doesNotContain("Exception");
	}

	private static void assertProblemNaming(HttpResponse<String> answer, String field) {
		assertThat(answer.statusCode()).as(answer.request().method() + " " + answer.uri()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
	}

	private HttpResponse<String> api(String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(TIMEOUT)
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("bureau:bureau-demo".getBytes(StandardCharsets.UTF_8)));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return HttpClient.newHttpClient().send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
	}
}
