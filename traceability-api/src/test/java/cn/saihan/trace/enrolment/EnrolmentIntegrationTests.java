package cn.saihan.trace.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

/** A producer asks to be registered without a login; the bureau, and only the bureau, decides. */
@TraceIntegrationTest
class EnrolmentIntegrationTests {

	private static int sequence;

	@Autowired
	RegistryClient registry;

	private static Map<String, Object> request(String username) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "黑沙图火龙果种植专业合作社");
		body.put("type", "COOPERATIVE");
		body.put("creditCode", RegistryClient.freshCreditCode());
		body.put("townCode", "jinhe");
		body.put("village", "黑沙图村");
		body.put("contactName", "张秀兰");
		body.put("contactPhone", "13947100123");
		body.put("username", username);
		body.put("password", "dragon-fruit-2025");
		return body;
	}

	private static synchronized String freshUsername() {
		return "heishatu-" + ++sequence;
	}

	private RestTestClient.ResponseSpec submit(Map<String, Object> body) {
		return registry.anonymous().post().uri("/api/v1/enrolments").contentType(MediaType.APPLICATION_JSON).body(body)
			.exchange();
	}

	private long submitted(Map<String, Object> body) {
		return submit(body).expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
			.get("id").asLong();
	}

	private JsonNode bureauGet(String path) {
		return registry.asBureau().get().uri(path).exchange().expectStatus().isOk().expectBody(JsonNode.class)
			.returnResult().getResponseBody();
	}

	private RestTestClient.ResponseSpec decide(RestTestClient client, long id, String decision, Object body) {
		return client.post().uri("/api/v1/enrolments/" + id + "/" + decision).contentType(MediaType.APPLICATION_JSON)
			.body(body).exchange();
	}

	@Test
	void aProducerAsksAndTheBureauApprovesWhichRegistersItAndItsLogin() {
		String username = freshUsername();
		Map<String, Object> body = request(username);
		var created = submit(body).expectStatus().isCreated().expectBody(JsonNode.class).returnResult();
		JsonNode enrolment = created.getResponseBody();
		assertThat(enrolment.get("status").asString()).isEqualTo("PENDING");
		assertThat(enrolment.has("password")).isFalse();
		assertThat(enrolment.has("passwordHash")).isFalse();
		long id = enrolment.get("id").asLong();
		assertThat(created.getResponseHeaders().getLocation().toString()).endsWith("/api/v1/enrolments/" + id);
		// Not a login before the bureau says so.
		registry.as(username, "dragon-fruit-2025").get().uri("/api/v1/account").exchange().expectStatus()
			.isUnauthorized();
		assertThat(bureauGet("/api/v1/enrolments").get("content").findValuesAsString("username"))
			.contains(username);

		long producersBefore = registry.count("producer");
		JsonNode approved = decide(registry.asBureau(), id, "approval", Map.of()).expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("decidedBy").asString()).isEqualTo(RegistryClient.BUREAU_USER);
		assertThat(registry.count("producer")).isEqualTo(producersBefore + 1);

		long producerId = approved.get("producerId").asLong();
		JsonNode producer = registry.getAsBureau("/api/v1/producers/" + producerId);
		assertThat(producer.get("name").asString()).isEqualTo("黑沙图火龙果种植专业合作社");
		assertThat(producer.get("creditCode").asString()).isEqualTo(body.get("creditCode"));
		assertThat(producer.get("contactPhone").asString()).isEqualTo("13947100123");
		registry.as(username, "dragon-fruit-2025").get().uri("/api/v1/account").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.role").isEqualTo("FARMER").jsonPath("$.producerId").isEqualTo(producerId);

		assertThat(registry.jdbc().queryForObject("SELECT count(*) FROM audit_entry WHERE action = ? AND subject = ?",
				Long.class, "ENROLMENT_APPROVED", "enrolment:" + id)).isEqualTo(1);
		registry.asBureau().get().uri("/api/v1/audit/verify").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.valid").isEqualTo(true);
		// Decided once.
		var before = registry.counts();
		decide(registry.asBureau(), id, "approval", Map.of()).expectStatus().isEqualTo(409);
		decide(registry.asBureau(), id, "rejection", Map.of("reason", "重复")).expectStatus().isEqualTo(409);
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void aRejectedEnrolmentRegistersNothingAndKeepsItsReason() {
		String username = freshUsername();
		long id = submitted(request(username));
		var before = registry.counts();
		decide(registry.asBureau(), id, "rejection", Map.of("reason", "")).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
		JsonNode rejected = decide(registry.asBureau(), id, "rejection", Map.of("reason", "信用代码与营业执照不符"))
			.expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.get("reason").asString()).isEqualTo("信用代码与营业执照不符");
		assertThat(registry.count("producer")).isEqualTo(before.get("producer"));
		assertThat(registry.count("account")).isEqualTo(before.get("account"));
		registry.as(username, "dragon-fruit-2025").get().uri("/api/v1/account").exchange().expectStatus()
			.isUnauthorized();
		assertThat(bureauGet("/api/v1/enrolments?status=REJECTED").get("content").findValuesAsString("username"))
			.contains(username);
		// A rejected name may ask again.
		submitted(request(username));
	}

	@Test
	void badRequestsAreRefusedFieldByFieldAndStoreNothing() {
		var before = registry.counts();
		Map<String, Object> body = request(freshUsername());
		body.put("creditCode", "91350100M000100Y44");
		body.put("contactPhone", "");
		body.put("password", "short");
		body.put("townCode", "atlantis");
		submit(body).expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(JsonNode.class).value(problem -> assertThat(problem.get("errors").findValuesAsString("field"))
				.containsOnly("creditCode", "contactPhone", "password", "townCode"));
		Map<String, Object> withoutCode = request(freshUsername());
		withoutCode.remove("creditCode");
		submit(withoutCode).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field")
			.isEqualTo("creditCode");
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void takenUserNamesAndCreditCodesAreRefused() {
		long producer = registry.producer("太平庄番茄专业合作社", "huangheshao");
		String registeredCode = registry.get("/api/v1/producers/" + producer).get("creditCode").asString();
		Map<String, Object> pending = request(freshUsername());
		submitted(pending);
		var before = registry.counts();

		Map<String, Object> bureau = request(RegistryClient.BUREAU_USER);
		submit(bureau).expectStatus().isEqualTo(409).expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
		Map<String, Object> sameName = request((String) pending.get("username"));
		submit(sameName).expectStatus().isEqualTo(409).expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
		Map<String, Object> registered = request(freshUsername());
		registered.put("creditCode", registeredCode);
		submit(registered).expectStatus().isEqualTo(409).expectBody().jsonPath("$.errors[0].field")
			.isEqualTo("creditCode");
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void aWaitingApplicationNeverReservesACreditCodeAndFailsAtApprovalWithTheReason() {
		// Someone applies first with a cooperative's public code; the cooperative's own request still goes in.
		Map<String, Object> squatter = request(freshUsername());
		long squatting = submitted(squatter);
		Map<String, Object> genuine = request(freshUsername());
		genuine.put("creditCode", squatter.get("creditCode"));
		submitted(genuine);
		// And the bureau registers the cooperative itself, whatever waits.
		registry.post("/api/v1/producers", Map.of("name", "真正的合作社", "type", "COOPERATIVE", "creditCode",
				squatter.get("creditCode"), "townCode", "yulin"));

		var before = registry.counts();
		registry.asBureau().post().uri("/api/v1/enrolments/" + squatting + "/approval").exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.code").isEqualTo("ProducerRefusal.CREDIT_CODE_TAKEN")
			.jsonPath("$.detail").value(detail -> assertThat((String) detail).contains((String) squatter.get("creditCode")));
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void onlyTheBureauSeesAndDecidesEnrolments() {
		long id = submitted(request(freshUsername()));
		RestTestClient farmer = registry.farmerOf(registry.producer("郜独利草莓种植专业合作社", "huangheshao"));
		var before = registry.counts();
		registry.anonymous().get().uri("/api/v1/enrolments").exchange().expectStatus().isUnauthorized();
		registry.anonymous().get().uri("/api/v1/enrolments/" + id).exchange().expectStatus().isUnauthorized();
		farmer.get().uri("/api/v1/enrolments").exchange().expectStatus().isForbidden();
		decide(registry.anonymous(), id, "approval", Map.of()).expectStatus().isUnauthorized();
		decide(farmer, id, "approval", Map.of()).expectStatus().isForbidden();
		decide(farmer, id, "rejection", Map.of("reason", "no")).expectStatus().isForbidden();
		decide(registry.asBureau(), 999_999, "approval", Map.of()).expectStatus().isNotFound();
		assertThat(registry.counts()).isEqualTo(before);
		assertThat(bureauGet("/api/v1/enrolments/" + id).get("status").asString()).isEqualTo("PENDING");
	}
}
