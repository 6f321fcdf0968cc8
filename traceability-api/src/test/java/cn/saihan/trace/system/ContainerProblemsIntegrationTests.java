package cn.saihan.trace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests refused by the container, before or outside any controller, are answered as the API
 * answers everything else: an RFC 9457 problem, never Tomcat's HTML report or Boot's default JSON.
 */
@TraceIntegrationTest
class ContainerProblemsIntegrationTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder get(String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
	}

	private static JsonNode assertProblem(HttpResponse<String> answer, int status) {
		assertThat(answer.statusCode()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).doesNotContain("Tomcat", "timestamp", "Exception", "<html");
		JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
		assertThat(problem.get("status").asInt()).as(answer.body()).isEqualTo(status);
		assertThat(problem.get("type")).as(answer.body()).isNotNull();
		assertThat(problem.get("type").asString()).startsWith("urn:saihan-trace:problem:");
		return problem;
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/lots/A%2FB", "/api/v1/lots/A%00B", "/api/v1/lots/A;x=1/events",
			"/api/v1/lots/A%3BB%2F..%2F", "/api/v1/towns/..;/x" })
	void aPathTheContainerRefusesIsAProblem(String path) throws Exception {
		assertProblem(send(get(path)), 400);
	}

	@Test
	void aQueryStringLongerThanTheServerReadsIsAProblem() throws Exception {
		HttpResponse<String> answer = send(get("/api/v1/producers?q=" + "x".repeat(10_000)));
		assertThat(answer.statusCode()).isBetween(400, 431);
		assertProblem(answer, answer.statusCode());
	}

	@Test
	void anUnparseableContentTypeIsAProblem() throws Exception {
		assertProblem(send(get("/api/v1/enrolments").header("Content-Type", "not a media type;;;=")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))), 415);
	}

	@Test
	void anUnknownPathIsAProblemToo() throws Exception {
		assertProblem(send(get("/no/such/page")), 404);
	}
}
