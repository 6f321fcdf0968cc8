package cn.saihan.trace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anyone may post an enrolment, so every body is capped before it is read: bodies just over the
 * cap are refused with 413 problems, with or without a declared length, and the server serves on.
 * The bodies are generated as they are sent, so the test needs no memory for them either.
 */
@TraceIntegrationTest
class RequestLimitsIntegrationTests {

	private static final long ONE_MB = 1024 * 1024;

	@Autowired
	RegistryClient registry;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	/** {"name":"xxxx…"} of exactly {@code size} bytes, made as it is read. */
	private static InputStream enrolmentOf(long size) {
		byte[] head = "{\"name\":\"".getBytes(StandardCharsets.US_ASCII);
		byte[] tail = "\"}".getBytes(StandardCharsets.US_ASCII);
		AtomicLong position = new AtomicLong();
		return new InputStream() {
			@Override
			public int read() {
				long at = position.getAndIncrement();
				if (at >= size) {
					return -1;
				}
				if (at < head.length) {
					return head[(int) at];
				}
				if (at >= size - tail.length) {
					return tail[(int) (at - (size - tail.length))];
				}
				return 'x';
			}
		};
	}

	private HttpResponse<String> post(BodyPublisher body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/enrolments"))
			.header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
	}

	private void assertTooLarge(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.get("status").asInt()).isEqualTo(413);
		assertThat(problem.get("type").asString()).isEqualTo("urn:saihan-trace:problem:too-large");
	}

	@Test
	void aBodyJustOverTheCapWithItsLengthIsRefusedUnread() throws Exception {
		long before = registry.count("enrolment");
		assertTooLarge(post(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> enrolmentOf(ONE_MB + 1)),
				ONE_MB + 1)));
		assertThat(registry.count("enrolment")).isEqualTo(before);
		registry.get("/api/v1/towns");
	}

	@Test
	void aChunkedBodyIsReadNoFurtherThanTheCap() throws Exception {
		// No Content-Length: the server finds out only by reading, and stops at the cap.
		assertTooLarge(post(BodyPublishers.ofInputStream(() -> enrolmentOf(ONE_MB + ONE_MB / 2))));
		registry.get("/api/v1/towns");
	}

	@Test
	void aBodyUnderTheCapIsReadAsEver() throws Exception {
		// Just under the cap (mostly white space): read in full, and refused for its fields, not its size.
		String body = " ".repeat((int) ONE_MB - 100) + "{\"name\":\"赛罕\"}";
		HttpResponse<String> answer = post(BodyPublishers.ofString(body));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("contactPhone");
	}

	@Test
	void jsonDeeperOrLongerThanItsConstraintsIsRefusedAsTooLarge() throws Exception {
		// Unknown fields are skipped, but still parsed within the constraints.
		assertTooLarge(post(BodyPublishers.ofString("{\"extra\":" + "[".repeat(200) + "]".repeat(200) + "}")));
		assertTooLarge(post(BodyPublishers.ofString("{\"extra\":1" + "0".repeat(500) + "}")));
		assertTooLarge(post(BodyPublishers.ofString("{\"name\":\"" + "x".repeat(200_000) + "\"}")));
		// Ordinary bad input is still 400 with its field.
		HttpResponse<String> answer = post(BodyPublishers.ofString("{\"name\":\"赛罕\"}"));
		assertThat(answer.statusCode()).isEqualTo(400);
	}
}
