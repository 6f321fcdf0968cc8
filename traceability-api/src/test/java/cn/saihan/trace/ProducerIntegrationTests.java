package cn.saihan.trace;

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

@TraceIntegrationTest
class ProducerIntegrationTests {

	@Autowired
	RegistryClient registry;

	private Map<String, Object> cooperative(String creditCode) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "榆林镇东干丈生态农场");
		body.put("type", "COOPERATIVE");
		body.put("creditCode", creditCode);
		body.put("townCode", "yulin");
		body.put("village", "东干丈村");
		body.put("contactName", "王建国");
		body.put("contactPhone", "13947100000");
		return body;
	}

	private RestTestClient.ResponseSpec post(Map<String, Object> body) {
		return registry.asBureau().post().uri("/api/v1/producers").contentType(MediaType.APPLICATION_JSON).body(body)
			.exchange();
	}

	@Test
	void registersAProducerWithLocationAndReadsItBack() {
		String code = RegistryClient.freshCreditCode();
		var result = post(cooperative(code)).expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult();
		JsonNode created = result.getResponseBody();
		String location = result.getResponseHeaders().getLocation().toString();
		assertThat(location).endsWith("/api/v1/producers/" + created.get("id").asLong());

		JsonNode read = registry.get(location);
		assertThat(read.get("name").asString()).isEqualTo("榆林镇东干丈生态农场");
		assertThat(read.get("creditCode").asString()).isEqualTo(code);
		assertThat(read.get("townCode").asString()).isEqualTo("yulin");
	}

	@Test
	void anIndividualFarmerNeedsNoCreditCode() {
		Map<String, Object> body = cooperative(null);
		body.put("type", "INDIVIDUAL");
		body.put("name", "李二牛");
		post(body).expectStatus().isCreated().expectBody().jsonPath("$.type").isEqualTo("INDIVIDUAL");
	}

	@Test
	void aCooperativeWithoutCreditCodeIsRefused() {
		var before = registry.counts();
		post(cooperative(null)).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("creditCode");
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void aCreditCodeWithAWrongCheckCharacterIsRefused() {
		var before = registry.counts();
		post(cooperative("91350100M000100Y44")).expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.errors[0].field").isEqualTo("creditCode")
			.jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("check character"));
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void everyBadFieldIsNamedAtOnce() {
		var before = registry.counts();
		Map<String, Object> body = cooperative("91350100M000100Y44");
		body.put("name", " ");
		body.put("townCode", "atlantis");
		body.put("type", "COOPERATIVE");
		post(body).expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors.length()").isEqualTo(3)
			.jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString())
				.contains("creditCode", "name", "townCode"));
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void anUnknownProducerTypeIsABadRequestNamingTheField() {
		Map<String, Object> body = cooperative(RegistryClient.freshCreditCode());
		body.put("type", "STATE_FARM");
		post(body).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
	}

	@Test
	void aDuplicateCreditCodeIsAConflict() {
		String code = RegistryClient.freshCreditCode();
		post(cooperative(code)).expectStatus().isCreated();
		var before = registry.counts();
		post(cooperative(code)).expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("creditCode");
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void anUnknownProducerIsNotFound() {
		registry.anonymous().get().uri("/api/v1/producers/999999").exchange().expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void listsProducersByTownAndNameAsPages() {
		long jinhe = registry.producer("金河镇格此老南瓜合作社", "jinhe");
		registry.producer("黄合少镇郜独利草莓合作社", "huangheshao");

		JsonNode page = registry.get("/api/v1/producers?townCode=jinhe&q=南瓜");
		assertThat(page.get("content").findValuesAsString("name")).containsExactly("金河镇格此老南瓜合作社");
		assertThat(page.get("content").get(0).get("id").asLong()).isEqualTo(jinhe);
		assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(1);
		assertThat(page.get("page").has("totalPages")).isTrue();

		JsonNode all = registry.get("/api/v1/producers?size=1");
		assertThat(all.get("content")).hasSize(1);
		assertThat(all.get("page").get("size").asInt()).isEqualTo(1);
		assertThat(all.get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
	}

	private RestTestClient.ResponseSpec put(RestTestClient client, long id, Map<String, Object> body) {
		return client.put().uri("/api/v1/producers/" + id).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	@Test
	void theBureauCorrectsAProducersDetailsAndTheAuditLogKeepsWhatTheyWere() {
		String code = RegistryClient.freshCreditCode();
		long id = post(cooperative(code)).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
			.getResponseBody().get("id").asLong();
		Map<String, Object> corrected = cooperative(code);
		corrected.put("name", "榆林镇东干丈生态农业合作社");
		corrected.put("contactPhone", "13947100999");
		put(registry.asBureau(), id, corrected).expectStatus().isOk().expectBody()
			.jsonPath("$.name").isEqualTo("榆林镇东干丈生态农业合作社").jsonPath("$.creditCode").isEqualTo(code);

		JsonNode read = registry.getAsBureau("/api/v1/producers/" + id);
		assertThat(read.get("contactPhone").asString()).isEqualTo("13947100999");
		String content = registry.jdbc().queryForObject(
				"SELECT content FROM audit_entry WHERE action = 'PRODUCER_CORRECTED' AND subject = ?", String.class,
				"producer:" + id);
		assertThat(content).contains("\"before\":{\"name\":\"榆林镇东干丈生态农场\"",
				"\"after\":{\"name\":\"榆林镇东干丈生态农业合作社\"", "13947100999");
	}

	@Test
	void aCorrectionIsRefusedByTheRulesOfARegistrationAndChangesNothing() {
		String code = RegistryClient.freshCreditCode();
		long id = post(cooperative(code)).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
			.getResponseBody().get("id").asLong();
		String otherCode = RegistryClient.freshCreditCode();
		post(cooperative(otherCode)).expectStatus().isCreated();
		RestTestClient farmer = registry.farmerOf(id);
		var before = registry.counts();

		Map<String, Object> taken = cooperative(otherCode);
		put(registry.asBureau(), id, taken).expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("creditCode");
		put(registry.asBureau(), id, cooperative(null)).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("creditCode");
		Map<String, Object> nowhere = cooperative(code);
		nowhere.put("townCode", "atlantis");
		put(registry.asBureau(), id, nowhere).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("townCode");
		put(registry.asBureau(), 999_999, cooperative(RegistryClient.freshCreditCode())).expectStatus().isNotFound();
		put(registry.anonymous(), id, cooperative(code)).expectStatus().isUnauthorized();
		put(farmer, id, cooperative(code)).expectStatus().isForbidden();

		assertThat(registry.counts()).isEqualTo(before);
		assertThat(registry.get("/api/v1/producers/" + id).get("name").asString()).isEqualTo("榆林镇东干丈生态农场");
	}
}
