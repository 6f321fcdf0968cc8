package cn.saihan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

@TraceIntegrationTest
class AuditIntegrationTests {

	@Autowired
	RegistryClient registry;

	private JsonNode verify() {
		return registry.asBureau().get().uri("/api/v1/audit/verify").exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private long newestEntry(String action) {
		return registry.jdbc().queryForObject("select max(id) from audit_entry where action = ?", Long.class, action);
	}

	@Test
	void everyWriteToLotsEventsAndCertificationsIsRecordedWithWhoAndWhat() {
		long producer = registry.producer("金河镇审计合作社", "jinhe");
		long before = registry.count("audit_entry");
		long certification = registry.certification(producer, "GREEN", RegistryClient.freshGreenNumber(),
				List.of("GCL-PUMPKIN"), LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
		String lot = registry.lot(producer, "GCL-PUMPKIN", LocalDate.of(2025, 9, 1), "3000", "2.2").get("lotCode")
			.asString();
		registry.post("/api/v1/lots/" + lot + "/events",
				Map.of("type", "SHIPPED", "occurredAt", "2025-09-02T07:00:00+08:00", "location", "金河镇",
						"details", Map.of("to", "呼和浩特市东瓦窑批发市场")));
		registry.asBureau().post().uri("/api/v1/certifications/" + certification + "/revocation")
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("revokedAt", "2025-10-01", "reason", "停产"))
			.exchange().expectStatus().isOk();

		var entries = registry.jdbc().queryForList(
				"select actor, action, subject, content from audit_entry where id > (select max(id) - 4 from audit_entry) order by id");
		assertThat(registry.count("audit_entry")).isEqualTo(before + 4);
		assertThat(entries).extracting(row -> row.get("ACTION")).containsExactly("CERTIFICATION_REGISTERED",
				"LOT_REGISTERED", "EVENT_RECORDED", "CERTIFICATION_REVOKED");
		assertThat(entries).extracting(row -> row.get("ACTOR")).containsOnly("bureau");
		assertThat(entries.get(1).get("SUBJECT")).isEqualTo("lot:" + lot);
		assertThat((String) entries.get(1).get("CONTENT")).contains("\"valueYuan\":\"6600.00\"");
		assertThat((String) entries.get(3).get("CONTENT")).contains("停产");

		JsonNode verification = verify();
		assertThat(verification.get("valid").asBoolean()).isTrue();
		assertThat(verification.get("entries").asLong()).isEqualTo(registry.count("audit_entry"));
	}

	private Map<String, Object> newest(String action) {
		return registry.jdbc().queryForMap(
				"select actor, subject, content from audit_entry where id = (select max(id) from audit_entry where action = ?)",
				action);
	}

	@Test
	void loginsPasswordsProducersProductsAndApplicationsAreRecordedToo() {
		long before = registry.count("audit_entry");
		long producer = registry.producer("审计登记合作社", "jinhe");
		assertThat(newest("PRODUCER_REGISTERED").get("SUBJECT")).isEqualTo("producer:" + producer);
		assertThat((String) newest("PRODUCER_REGISTERED").get("CONTENT")).contains("审计登记合作社");

		registry.post("/api/v1/products", Map.of("code", "SH-AUDIT-MUSHROOM", "nameZh", "审计平菇", "category", "VEGETABLE"));
		assertThat(newest("PRODUCT_ADDED").get("SUBJECT")).isEqualTo("product:SH-AUDIT-MUSHROOM");

		registry.post("/api/v1/producers/" + producer + "/account",
				Map.of("username", "audited-login", "password", "first-pass-1"));
		assertThat(newest("LOGIN_CREATED")).containsEntry("ACTOR", "bureau").containsEntry("SUBJECT",
				"account:audited-login");

		registry.as("audited-login", "first-pass-1").put().uri("/api/v1/account/password")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("currentPassword", "first-pass-1", "newPassword", "second-pass-2")).exchange()
			.expectStatus().isNoContent();
		Map<String, Object> changed = newest("PASSWORD_CHANGED");
		assertThat(changed).containsEntry("ACTOR", "audited-login");
		String hash = registry.jdbc().queryForObject("select password_hash from account where username = 'audited-login'",
				String.class);
		assertThat((String) changed.get("CONTENT")).doesNotContain("second-pass-2", "first-pass-1", hash, "bcrypt");

		registry.anonymous().post().uri("/api/v1/enrolments").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "审计申请农户", "type", "INDIVIDUAL", "townCode", "jinhe", "contactName", "审计",
					"contactPhone", "13800000000", "username", "audited-applicant", "password", "long-enough-1"))
			.exchange().expectStatus().isCreated();
		Map<String, Object> submitted = newest("ENROLMENT_SUBMITTED");
		assertThat(submitted).containsEntry("ACTOR", "anonymous");
		assertThat((String) submitted.get("CONTENT")).contains("audited-applicant", "127.0.0.1")
			.doesNotContain("long-enough-1");

		assertThat(registry.count("audit_entry")).isEqualTo(before + 5);
		assertThat(verify().get("valid").asBoolean()).isTrue();
	}

	@Test
	void aRowAlteredInTheDatabaseIsFoundAtExactlyThatEntry() {
		long producer = registry.producer("黄合少镇篡改测试合作社", "huangheshao");
		registry.lot(producer, "TPZ-TOMATO", LocalDate.of(2025, 7, 1), "100", "5");
		registry.lot(producer, "TPZ-TOMATO", LocalDate.of(2025, 7, 2), "100", "5");
		registry.lot(producer, "TPZ-TOMATO", LocalDate.of(2025, 7, 3), "100", "5");
		long tampered = newestEntry("LOT_REGISTERED") - 1;
		String original = registry.jdbc().queryForObject("select content from audit_entry where id = ?", String.class,
				tampered);
		try {
			// Someone with database access makes a lot look ten times larger.
			registry.jdbc().update("update audit_entry set content = ? where id = ?",
					original.replace("\"quantityKg\":\"100\"", "\"quantityKg\":\"1000\""), tampered);

			JsonNode verification = verify();
			assertThat(verification.get("valid").asBoolean()).isFalse();
			assertThat(verification.get("firstBrokenEntryId").asLong()).isEqualTo(tampered);
			assertThat(verification.get("reason").asString()).contains("content was changed");
		}
		finally {
			registry.jdbc().update("update audit_entry set content = ? where id = ?", original, tampered);
		}
		assertThat(verify().get("valid").asBoolean()).isTrue();
	}

	@Test
	void aRelinkedEntryIsFoundToo() {
		long producer = registry.producer("链条测试合作社", "yulin");
		registry.lot(producer, "QGT-PERILLA", LocalDate.of(2025, 8, 1), "10", "15");
		registry.lot(producer, "QGT-PERILLA", LocalDate.of(2025, 8, 2), "10", "15");
		long relinked = newestEntry("LOT_REGISTERED");
		String previous = registry.jdbc().queryForObject("select previous_hash from audit_entry where id = ?",
				String.class, relinked);
		try {
			registry.jdbc().update("update audit_entry set previous_hash = ? where id = ?", "f".repeat(64), relinked);
			JsonNode verification = verify();
			assertThat(verification.get("firstBrokenEntryId").asLong()).isEqualTo(relinked);
			assertThat(verification.get("reason").asString()).contains("does not follow");
		}
		finally {
			registry.jdbc().update("update audit_entry set previous_hash = ? where id = ?", previous, relinked);
		}
	}
}
