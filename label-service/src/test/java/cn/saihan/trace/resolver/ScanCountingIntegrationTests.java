package cn.saihan.trace.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser's views of one label count once: reloading the page, or opening it again later, is the
 * same phone. The count is of different phones (browsers), exact as ever, and the cookie that tells
 * them apart holds only the serials seen.
 */
@TraceIntegrationTest
class ScanCountingIntegrationTests {

	@Autowired
	RegistryClient registry;

	@LocalServerPort
	int port;

	@Test
	void aPhoneThatComesBackToALabelIsNotCountedAgain() throws Exception {
		String path = label();
		String serial = DigitalLink.parsePath(path).serial();
		Phone phone = new Phone();

		HttpResponse<String> first = phone.scan(path);
		JsonNode counted = JsonMapper.shared().readTree(first.body());
		assertThat(counted.at("/scan/count").asLong()).isEqualTo(1);
		assertThat(counted.at("/scan/counted").asBoolean()).isTrue();
		String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("saihan-scanned=" + serial + ";").contains("HttpOnly", "SameSite=Lax", "Path=/");

		for (int reload = 0; reload < 5; reload++) {
			JsonNode again = JsonMapper.shared().readTree(phone.scan(path).body());
			assertThat(again.at("/scan/count").asLong()).isEqualTo(1);
			assertThat(again.at("/scan/counted").asBoolean()).isFalse();
			assertThat(again.get("verdict").asString()).isEqualTo("GENUINE");
		}

		// Other phones count, each once; the first phone sees them without adding itself again.
		for (int other = 0; other < 5; other++) {
			new Phone().scan(path);
		}
		JsonNode back = JsonMapper.shared().readTree(phone.scan(path).body());
		assertThat(back.at("/scan/count").asLong()).isEqualTo(6);
		assertThat(back.get("verdict").asString()).isEqualTo("SCANNED_BEFORE");
		assertThat(labels(path).get(0).get("scanCount").asLong()).isEqualTo(6);
	}

	@Test
	void theCookieKeepsTheLatestFortyLabelsAndNothingButSerials() throws Exception {
		Phone phone = new Phone();
		List<String> paths = new ArrayList<>();
		for (JsonNode label : issue(41)) {
			paths.add(DigitalLink.parse(label.get("uri").asString()).path());
		}
		String cookie = "";
		for (String path : paths) {
			cookie = phone.scan(path).headers().firstValue("Set-Cookie").orElseThrow();
		}
		String value = cookie.substring("saihan-scanned=".length(), cookie.indexOf(';'));
		assertThat(value.split("\\.")).hasSize(SeenLabels.MAX_SERIALS)
			.allMatch(part -> part.matches("[0-9A-HJKMNP-TV-Z]{13}"))
			.doesNotContain(DigitalLink.parsePath(paths.get(0)).serial());
		// The oldest has fallen out: that phone counts for it once more; the latest it still knows.
		assertThat(JsonMapper.shared().readTree(phone.scan(paths.get(0)).body()).at("/scan/counted").asBoolean()).isTrue();
		assertThat(JsonMapper.shared().readTree(phone.scan(paths.get(40)).body()).at("/scan/counted").asBoolean()).isFalse();
	}

	private String label() {
		return DigitalLink.parse(issue(1).get(0).get("uri").asString()).path();
	}

	private JsonNode issue(int count) {
		long producer = registry.producer("太平庄番茄专业合作社", "yulin");
		String lotCode = registry.lot(producer, "TPZ-TOMATO", LocalDate.of(2025, 7, 18), "1200", "4.50").get("lotCode")
			.asString();
		return registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", count)).get("labels");
	}

	private JsonNode labels(String path) {
		String lotCode = DigitalLink.parsePath(path).lot();
		return registry.asBureau().get().uri("/api/v1/lots/{lot}/labels", lotCode).exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody().get("content");
	}

	/** A phone's browser: it keeps the cookies it is given, as a browser does. */
	private final class Phone {

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> scan(String path) throws IOException, InterruptedException {
			HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "application/vnd.saihan.consumer+json").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(answer.statusCode()).isEqualTo(200);
			return answer;
		}
	}
}
