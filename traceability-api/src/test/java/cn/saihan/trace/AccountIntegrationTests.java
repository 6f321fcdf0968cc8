package cn.saihan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Each role boundary through HTTP: the status, and that a refused request changed nothing. */
@TraceIntegrationTest
class AccountIntegrationTests {

	@Autowired
	RegistryClient registry;

	@Autowired
	JdbcTemplate jdbc;

	long ownProducer;

	long otherProducer;

	RestTestClient farmer;

	String otherLot;

	@BeforeEach
	void twoProducersAndAFarmerLoginForTheFirst() {
		ownProducer = registry.producer("太平庄番茄专业合作社", "huangheshao");
		otherProducer = registry.producer("郜独利草莓种植专业合作社", "huangheshao");
		farmer = registry.farmerOf(ownProducer);
		otherLot = registry.lot(otherProducer, "GDL-STRAWBERRY", LocalDate.of(2025, 4, 2), "80", "30")
			.get("lotCode").asString();
	}

	private static Map<String, Object> lotOf(long producerId) {
		return Map.of("producerId", producerId, "productCode", "TPZ-TOMATO", "harvestDate", "2025-07-18",
				"quantityKg", "100", "unitPriceYuan", "5");
	}

	private static Map<String, Object> packed() {
		return Map.of("type", "PACKED", "occurredAt", OffsetDateTime.parse("2025-07-19T08:00:00+08:00").toString(),
				"location", "包装车间");
	}

	private void refusedWith(int status, RestTestClient client, String path, Object body) {
		var before = registry.counts();
		client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
			.expectStatus().isEqualTo(status)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.status").isEqualTo(status);
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void aFarmerRegistersLotsAndEventsOfItsOwnProducer() {
		JsonNode lot = farmer.post().uri("/api/v1/lots").contentType(MediaType.APPLICATION_JSON).body(lotOf(ownProducer))
			.exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
		String lotCode = lot.get("lotCode").asString();
		farmer.post().uri("/api/v1/lots/" + lotCode + "/events").contentType(MediaType.APPLICATION_JSON)
			.body(packed()).exchange().expectStatus().isCreated()
			.expectBody().jsonPath("$.recordedBy").value(name -> assertThat((String) name).startsWith("farmer"));
		farmer.get().uri("/api/v1/account").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.role").isEqualTo("FARMER").jsonPath("$.producerId").isEqualTo(ownProducer);
	}

	@Test
	void aFarmerMayNotActForAnotherProducer() {
		refusedWith(403, farmer, "/api/v1/lots", lotOf(otherProducer));
		refusedWith(403, farmer, "/api/v1/lots/" + otherLot + "/events", packed());
	}

	@Test
	void aFarmerMayNotCertifyItselfNorTouchTheRegistry() {
		refusedWith(403, farmer, "/api/v1/producers/" + ownProducer + "/certifications",
				Map.of("type", "GREEN", "certificateNo", RegistryClient.freshGreenNumber(), "productCodes",
						List.of("TPZ-TOMATO"), "validFrom", "2025-01-01", "validTo", "2027-12-31"));
		refusedWith(403, farmer, "/api/v1/producers", Map.of("name", "x", "type", "INDIVIDUAL", "townCode", "yulin"));
		refusedWith(403, farmer, "/api/v1/products", Map.of("code", "SH-X", "nameZh", "x", "category", "OTHER"));
		refusedWith(403, farmer, "/api/v1/producers/" + ownProducer + "/account",
				Map.of("username", "second-login", "password", "12345678"));
		farmer.get().uri("/api/v1/audit/verify").exchange().expectStatus().isForbidden();
	}

	@Test
	void anonymousAndWrongPasswordsAreUnauthorized() {
		refusedWith(401, registry.anonymous(), "/api/v1/lots", lotOf(ownProducer));
		refusedWith(401, registry.as("bureau", "guess"), "/api/v1/lots", lotOf(ownProducer));
		refusedWith(401, registry.as("nobody", "tomato-2025"), "/api/v1/lots", lotOf(ownProducer));
		registry.anonymous().get().uri("/api/v1/audit/verify").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void theBureauMayDoEverything() {
		registry.asBureau().post().uri("/api/v1/lots").contentType(MediaType.APPLICATION_JSON)
			.body(lotOf(otherProducer)).exchange().expectStatus().isCreated();
		registry.asBureau().get().uri("/api/v1/audit/verify").exchange().expectStatus().isOk();
	}

	@Test
	void loginsAreUniqueAndNeedAKnownProducerAndALongEnoughPassword() {
		registry.post("/api/v1/producers/" + ownProducer + "/account",
				Map.of("username", "wang-jianguo", "password", "tomato-2025"));
		refusedWith(409, registry.asBureau(), "/api/v1/producers/" + otherProducer + "/account",
				Map.of("username", "wang-jianguo", "password", "12345678"));
		refusedWith(409, registry.asBureau(), "/api/v1/producers/" + otherProducer + "/account",
				Map.of("username", "bureau", "password", "12345678"));
		refusedWith(404, registry.asBureau(), "/api/v1/producers/999999/account",
				Map.of("username", "ghost", "password", "12345678"));
		refusedWith(400, registry.asBureau(), "/api/v1/producers/" + otherProducer + "/account",
				Map.of("username", "li", "password", "short"));
	}

	/** 30 Chinese characters are 90 bytes in UTF-8, more than BCrypt hashes (72). */
	private static final String NINETY_BYTES = "赛罕区农产品追溯与品牌认证平台太平庄番茄黑沙图红心火龙果赛音";

	@Test
	void aPasswordLongerThan72BytesIsRefusedWhereverOneIsChosenAndNeverFailsALogin() {
		assertThat(NINETY_BYTES.getBytes(StandardCharsets.UTF_8)).hasSize(90);
		refusedNaming("password", registry.asBureau(), "/api/v1/producers/" + ownProducer + "/account",
				Map.of("username", "long-password", "password", NINETY_BYTES));
		refusedNaming("password", registry.anonymous(), "/api/v1/enrolments",
				Map.of("name", "长密码农户", "type", "INDIVIDUAL", "townCode", "yulin", "contactName", "长密码",
						"contactPhone", "13800000000", "username", "long-password-2", "password", NINETY_BYTES));
		var before = registry.counts();
		farmer.put().uri("/api/v1/account/password").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("currentPassword", "tomato-2025", "newPassword", NINETY_BYTES)).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("newPassword");
		farmer.put().uri("/api/v1/account/password").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("currentPassword", NINETY_BYTES, "newPassword", "another-pass-1")).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("currentPassword");
		assertThat(registry.counts()).isEqualTo(before);
		// 24 Chinese characters (72 bytes) are still a password.
		registry.post("/api/v1/producers/" + ownProducer + "/account",
				Map.of("username", "long-password", "password", NINETY_BYTES.substring(0, 24)));
		inUtf8("long-password", NINETY_BYTES.substring(0, 24)).get().uri("/api/v1/account").exchange()
			.expectStatus().isOk();
		// A login with a password longer than any can be is just a wrong password.
		inUtf8("long-password", NINETY_BYTES).get().uri("/api/v1/account").exchange()
			.expectStatus().isUnauthorized();
	}

	private RestTestClient inUtf8(String username, String password) {
		return registry.anonymous().mutate()
			.defaultHeaders(headers -> headers.setBasicAuth(username, password, StandardCharsets.UTF_8)).build();
	}

	private void refusedNaming(String field, RestTestClient client, String path, Object body) {
		var before = registry.counts();
		client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void userNamesThatDifferOnlyInCaseOrATrailingDotAreOneName() {
		registry.post("/api/v1/producers/" + ownProducer + "/account",
				Map.of("username", "Look-Alike1", "password", "tomato-2025"));
		for (String lookAlike : List.of("look-alike1", "LOOK-ALIKE1", "Bureau", "BUREAU")) {
			refusedWith(409, registry.asBureau(), "/api/v1/producers/" + otherProducer + "/account",
					Map.of("username", lookAlike, "password", "12345678"));
			refusedWith(409, registry.anonymous(), "/api/v1/enrolments", enrolment(lookAlike));
		}
		for (String trailing : List.of("bureau.", "farmer1.", "look-alike1 ")) {
			refusedWith(400, registry.asBureau(), "/api/v1/producers/" + otherProducer + "/account",
					Map.of("username", trailing, "password", "12345678"));
			refusedWith(400, registry.anonymous(), "/api/v1/enrolments", enrolment(trailing));
		}
		// Two applications waiting for look-alike names: the second is refused at once.
		registry.anonymous().post().uri("/api/v1/enrolments").contentType(MediaType.APPLICATION_JSON)
			.body(enrolment("Pending-Name")).exchange().expectStatus().isCreated();
		refusedWith(409, registry.anonymous(), "/api/v1/enrolments", enrolment("pending-name"));
	}

	private static Map<String, Object> enrolment(String username) {
		return Map.of("name", "同名测试农户", "type", "INDIVIDUAL", "townCode", "yulin", "contactName", "同名",
				"contactPhone", "13800000000", "username", username, "password", "long-enough-1");
	}

	@Test
	void passwordsAreStoredHashed() {
		registry.post("/api/v1/producers/" + ownProducer + "/account",
				Map.of("username", "hash-check", "password", "tomato-2025"));
		String stored = registry.jdbc().queryForObject("select password_hash from account where username = ?",
				String.class, "hash-check");
		assertThat(stored).startsWith("{bcrypt}").doesNotContain("tomato-2025");
	}

	@Test
	void aFarmerChangesItsPasswordKnowingTheCurrentOne() {
		registry.post("/api/v1/producers/" + ownProducer + "/account",
				Map.of("username", "li-guiying", "password", "first-pass-1"));
		RestTestClient li = registry.as("li-guiying", "first-pass-1");
		li.put().uri("/api/v1/account/password").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("currentPassword", "wrong-one", "newPassword", "second-pass-2")).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("currentPassword");
		li.put().uri("/api/v1/account/password").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("currentPassword", "first-pass-1", "newPassword", "second-pass-2")).exchange()
			.expectStatus().isNoContent();
		li.get().uri("/api/v1/account").exchange().expectStatus().isUnauthorized();
		registry.as("li-guiying", "second-pass-2").get().uri("/api/v1/account").exchange().expectStatus().isOk();
	}

	@Test
	void repeatedFailedLoginsLockTheLoginEvenForTheRightPassword() {
		registry.post("/api/v1/producers/" + ownProducer + "/account",
				Map.of("username", "guessed", "password", "right-password"));
		for (int i = 0; i < 5; i++) {
			registry.as("guessed", "wrong-" + i).get().uri("/api/v1/account").exchange().expectStatus()
				.isUnauthorized();
		}
		registry.as("guessed", "right-password").get().uri("/api/v1/account").exchange()
			.expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.detail").isEqualTo("A valid login is required for this request");
		// Other logins are not affected.
		farmer.get().uri("/api/v1/account").exchange().expectStatus().isOk();
	}

	@Test
	void aLockRunsOutAndOnlyKnownNamesAreCounted() {
		registry.post("/api/v1/producers/" + ownProducer + "/account",
				Map.of("username", "forgetful", "password", "right-password"));
		for (int i = 0; i < 5; i++) {
			registry.as("forgetful", "wrong-" + i).get().uri("/api/v1/account").exchange().expectStatus()
				.isUnauthorized();
			registry.as("made-up-name", "wrong-" + i).get().uri("/api/v1/account").exchange().expectStatus()
				.isUnauthorized();
		}
		assertThat(failedLogins("forgetful")).containsExactly(5);
		assertThat(failedLogins("made-up-name")).isEmpty();

		// The lock period ends (moved into the past here): the right password works and forgets the failures.
		jdbc.update("UPDATE login_failure SET locked_until = ? WHERE username = 'forgetful'",
				OffsetDateTime.now().minusMinutes(1));
		registry.as("forgetful", "right-password").get().uri("/api/v1/account").exchange().expectStatus().isOk();
		assertThat(failedLogins("forgetful")).isEmpty();

		// After a lock has run out, a failure starts a new count instead of locking again at once.
		registry.as("forgetful", "wrong-again").get().uri("/api/v1/account").exchange().expectStatus()
			.isUnauthorized();
		jdbc.update("UPDATE login_failure SET failed_count = 5, locked_until = ? WHERE username = 'forgetful'",
				OffsetDateTime.now().minusMinutes(1));
		registry.as("forgetful", "wrong-once-more").get().uri("/api/v1/account").exchange().expectStatus()
			.isUnauthorized();
		assertThat(failedLogins("forgetful")).containsExactly(1);
		registry.as("forgetful", "right-password").get().uri("/api/v1/account").exchange().expectStatus().isOk();
	}

	private List<Integer> failedLogins(String username) {
		return jdbc.queryForList("SELECT failed_count FROM login_failure WHERE username = ?", Integer.class, username);
	}

	@Test
	void pagesUseAFormLoginProtectedAgainstCrossSiteRequests() {
		// The sign-in page itself (with its CSRF field) is drawn by the web module and tested there.
		// A form post without the CSRF token is refused before any login is tried.
		registry.anonymous().post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("username=bureau&password=bureau-demo").exchange().expectStatus().isForbidden();
		// Which pages need which login is the web module's to say (its AuthorizationRules, tested in
		// PageAccessIntegrationTests); this module alone has no pages, so a page path is simply not found.
		registry.anonymous().get().uri("/bureau/anything").exchange().expectStatus().isNotFound();
	}
}
