package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.saihan.trace.testing.RegistryClient;

/**
 * Every failure of a page is the error page in Chinese with the failure's status, and every failure
 * of the API an RFC 9457 problem: the API's exception handler advises REST controllers only, the
 * pages' advice every page controller. (An unexpected exception and a refusal the page lets through
 * are in {@code PageErrorsTests}, where a service can be made to throw them.)
 */
@PageIntegrationTest
class ErrorAnswersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	RegistryClient registry;

	@Test
	void aPageFailureOfEachKindIsTheChineseErrorPageWithItsStatus() {
		PageSession bureau = new PageSession(port).login("bureau", "bureau-demo");
		long producer = registry.producer("错误页面测试合作社", "yulin");
		String lotCode = registry.lot(producer, "TPZ-TOMATO", LocalDate.now().minusDays(1), "100", "6").get("lotCode")
			.asString();

		// Nothing of that name.
		assertErrorPage(bureau.get("/farmer/lots/NO-SUCH-LOT"), 404, "没有找到");
		// A parameter that is no number, and one that is missing.
		assertErrorPage(bureau.get("/bureau/indicator12?year=abc"), 400, "请求有误");
		assertErrorPage(bureau.get("/bureau/indicator12/runs/1"), 400, "请求有误");
		// A refusal of the domain that no form shows: the reason too, in Chinese.
		HttpResponse<String> noLabels = bureau.get("/farmer/lots/" + lotCode + "/labels.pdf");
		assertErrorPage(noLabels, 404, "没有找到");
		assertThat(noLabels.body()).contains("id=\"error-reason\"", "原因：");
	}

	@Test
	void anApiFailureOfEachKindIsAProblem() throws Exception {
		long producer = registry.producer("错误问题测试合作社", "yulin");
		registry.lot(producer, "TPZ-TOMATO", LocalDate.now().minusDays(1), "100", "6");

		assertProblem(api("GET", "/api/v1/lots/NO-SUCH-LOT"), 404);
		assertProblem(api("GET", "/api/v1/lots?year=abc"), 400);
		assertProblem(api("POST", "/api/v1/stats/indicator12/runs"), 400);
		assertProblem(api("POST", "/api/v1/products", "{\"code\":\"TPZ-TOMATO\",\"nameZh\":\"番茄\",\"category\":\"VEGETABLE\"}"),
				409);
		// Even for a caller that says it prefers HTML, the API answers JSON.
		HttpResponse<String> asBrowser = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/lots?year=abc")).header("Accept", "text/html,*/*;q=0.8").GET().build());
		assertThat(asBrowser.statusCode()).isEqualTo(400);
		assertThat(asBrowser.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	private static void assertErrorPage(HttpResponse<String> answer, int status, String title) {
		assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(answer.body()).contains("lang=\"zh-CN\"", "id=\"error-title\"", title, "错误代码 " + status)
			.doesNotContain("\"type\"", "Exception");
	}

	private static void assertProblem(HttpResponse<String> answer, int status) {
		assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type")).as(answer.uri().toString()).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"status\":" + status, "urn:saihan-trace:problem:");
	}

	private HttpResponse<String> api(String method, String path) throws Exception {
		return api(method, path, null);
	}

	private HttpResponse<String> api(String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("bureau:bureau-demo".getBytes(StandardCharsets.UTF_8)));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json)).build());
	}

	private static HttpResponse<String> send(HttpRequest request) throws Exception {
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}
}
