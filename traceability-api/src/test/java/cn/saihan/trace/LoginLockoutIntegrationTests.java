package cn.saihan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;

/**
 * Failed logins lock a client out of a name, never the name for everybody. The test client talks
 * from loopback, a trusted proxy for Tomcat, so the client address it names in
 * {@code X-Forwarded-For} is the one the application counts, as behind a real proxy.
 */
@TraceIntegrationTest
class LoginLockoutIntegrationTests {

	private static final String WRONG_PASSWORD_DETAIL = "A valid login is required for this request";

	@Autowired
	RegistryClient registry;

	@LocalServerPort
	int port;

	private RestTestClient from(String client, String username, String password) {
		return registry.as(username, password).mutate().defaultHeader("X-Forwarded-For", client).build();
	}

	@Test
	void guessesFromOneClientLockThatClientOutOfTheBureauButNeverAnotherClient() {
		for (int i = 0; i < 5; i++) {
			from("203.0.113.10", "bureau", "wrong-" + i).get().uri("/api/v1/account").exchange()
				.expectStatus().isUnauthorized();
		}
		assertThat(registry.jdbc().queryForList("SELECT client_address FROM login_failure WHERE username = 'bureau'",
				String.class)).containsExactly("203.0.113.10");

		// The guessing client is locked out, and told so in the words of a wrong password.
		from("203.0.113.10", "bureau", RegistryClient.BUREAU_PASSWORD).get().uri("/api/v1/account").exchange()
			.expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.detail").isEqualTo(WRONG_PASSWORD_DETAIL);
		// The bureau at its own desk signs in as ever.
		from("198.51.100.7", "bureau", RegistryClient.BUREAU_PASSWORD).get().uri("/api/v1/account").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.role").isEqualTo("BUREAU");
		registry.asBureau().get().uri("/api/v1/account").exchange().expectStatus().isOk();
	}

	@Test
	void aLockedNameReadsLikeAWrongPasswordOrAnUnknownName() {
		long producer = registry.producer("锁定文字测试合作社", "yulin");
		registry.post("/api/v1/producers/" + producer + "/account",
				Map.of("username", "locked-words", "password", "right-password"));
		for (int i = 0; i < 5; i++) {
			from("203.0.113.11", "locked-words", "wrong-" + i).get().uri("/api/v1/account").exchange()
				.expectStatus().isUnauthorized();
		}
		String locked = detail(from("203.0.113.11", "locked-words", "right-password"));
		String wrong = detail(from("203.0.113.12", "locked-words", "wrong-password"));
		String unknown = detail(from("203.0.113.12", "nobody-by-this-name", "right-password"));
		assertThat(locked).isEqualTo(wrong).isEqualTo(unknown).isEqualTo(WRONG_PASSWORD_DETAIL);
	}

	@Test
	void aNameManyClientsGuessAtIsSlowedDownButNeverLocked() throws Exception {
		long producer = registry.producer("多处猜测测试合作社", "yulin");
		registry.post("/api/v1/producers/" + producer + "/account",
				Map.of("username", "popular-name", "password", "right-password"));
		for (int client = 1; client <= 5; client++) {
			for (int i = 0; i < 4; i++) {
				from("192.0.2." + client, "popular-name", "wrong-" + i).get().uri("/api/v1/account").exchange()
					.expectStatus().isUnauthorized();
			}
		}
		// 20 failures from five clients: the next attempt, from anywhere, waits a little. (A plain
		// client: the test client's HTTP library would quietly wait and retry on a Retry-After.)
		HttpResponse<String> throttled = plainGet("192.0.2.99", "popular-name", "right-password");
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 5L);
		// The password of a throttled attempt is not even checked: nothing more was counted.
		assertThat(registry.jdbc().queryForObject(
				"SELECT SUM(failed_count) FROM login_failure WHERE username = 'popular-name'", Long.class))
			.isEqualTo(20);

		// Once the wait is over (moved into the past here), the owner signs in from a new client.
		registry.jdbc().update("UPDATE login_failure SET last_failed_at = ? WHERE username = 'popular-name'",
				OffsetDateTime.now().minusSeconds(6));
		from("192.0.2.99", "popular-name", "right-password").get().uri("/api/v1/account").exchange()
			.expectStatus().isOk();
	}

	private HttpResponse<String> plainGet(String client, String username, String password) throws Exception {
		String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/account"))
			.header("Authorization", "Basic " + basic).header("X-Forwarded-For", client).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String detail(RestTestClient client) {
		return client.get().uri("/api/v1/account").exchange().expectStatus().isUnauthorized()
			.expectBody(Map.class).returnResult().getResponseBody().get("detail").toString();
	}
}
