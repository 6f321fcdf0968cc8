package cn.saihan.trace.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;

/**
 * One client address may send a few applications an hour (the default, 5): a sender that floods
 * the endpoint is told to wait, and real applicants elsewhere are not. The test talks through
 * loopback, a trusted proxy, naming the client in {@code X-Forwarded-For}.
 */
@TraceIntegrationTest
@TestPropertySource(properties = "trace.enrolment.max-per-client=5")
class EnrolmentThrottleIntegrationTests {

	@Autowired
	RegistryClient registry;

	@LocalServerPort
	int port;

	private HttpResponse<String> submit(String client, String username) throws Exception {
		String body = """
				{"name":"刷单测试农户","type":"INDIVIDUAL","townCode":"jinhe","contactName":"刘二",
				 "contactPhone":"13800000000","username":"%s","password":"long-enough-1"}""".formatted(username);
		return HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/enrolments"))
					.header("Content-Type", "application/json").header("X-Forwarded-For", client)
					.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void oneClientMaySendFiveAnHourAndOthersStillApply() throws Exception {
		for (int i = 1; i <= 5; i++) {
			assertThat(submit("203.0.113.77", "spam-" + i).statusCode()).isEqualTo(201);
		}
		long stored = registry.count("enrolment");
		HttpResponse<String> sixth = submit("203.0.113.77", "spam-6");
		assertThat(sixth.statusCode()).isEqualTo(429);
		assertThat(sixth.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow())).isBetween(3000L, 3600L);
		assertThat(sixth.body()).contains("EnrolmentRefusal.TOO_MANY_FROM_CLIENT");
		assertThat(registry.count("enrolment")).isEqualTo(stored);

		assertThat(submit("198.51.100.23", "real-applicant").statusCode()).isEqualTo(201);
	}

	@Test
	void aRefusedApplicationUsesNoneOfTheQuota() throws Exception {
		for (int i = 1; i <= 6; i++) {
			assertThat(submit("203.0.113.78", "Bureau").statusCode()).as("the bureau's name is taken").isEqualTo(409);
		}
		assertThat(submit("203.0.113.78", "careful-applicant").statusCode()).isEqualTo(201);
	}
}
