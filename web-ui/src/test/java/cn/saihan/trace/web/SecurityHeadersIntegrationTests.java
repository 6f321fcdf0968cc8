package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every page answer carries against injected scripts and cross-site requests, and what a
 * browser reads when the container refuses a request: the application's Chinese page, never
 * Tomcat's report.
 */
@PageIntegrationTest
class SecurityHeadersIntegrationTests {

	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	int port;

	private HttpResponse<String> browse(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", HTML).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void pagesCarryAContentSecurityPolicyAndTheirSessionCookieStaysOnSite() throws Exception {
		HttpResponse<String> home = browse("/");
		assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
			.doesNotContain("'unsafe-eval'"));
		assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

		HttpResponse<String> signIn = new PageSession(port).post("/login",
				Map.of("username", "bureau", "password", "bureau-demo"));
		assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
	}

	@Test
	void aBrowserReadsTheChinesePageWhateverRefusedItsRequest() throws Exception {
		for (String path : new String[] { "/farmer/lots/A%2FB", "/farmer/lots/A%00B", "/farmer/lots;x=1",
				"/no/such/page" }) {
			HttpResponse<String> answer = browse(path);
			assertThat(answer.statusCode()).as(path).isBetween(400, 431);
			assertThat(answer.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
			assertThat(answer.body()).as(path).contains("lang=\"zh-CN\"").doesNotContain("Tomcat", "Whitelabel",
					"Exception");
		}
		assertThat(browse("/no/such/page").body()).contains("id=\"error-title\"");
		// A request line too long to read: Tomcat has not even read the Accept header, so a problem.
		HttpResponse<String> tooLong = browse("/search?q=" + "x".repeat(10_000));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void aPageNumberOutOfRangeIsTheErrorPageNotAFailure() {
		PageSession bureau = new PageSession(port).login("bureau", "bureau-demo");
		for (String path : new String[] { "/bureau/producers?page=1073741824", "/search?q=x&page=-1",
				"/bureau/enrolments?page=first" }) {
			HttpResponse<String> answer = bureau.get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(400);
			assertThat(answer.body()).as(path).contains("id=\"error-title\"");
		}
	}
}
