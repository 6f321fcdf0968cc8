package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.saihan.trace.testing.RegistryClient;
import tools.jackson.databind.JsonNode;

/**
 * A producer without a login applies on its phone, the bureau approves on its page, and the
 * producer signs in with the login it chose; a rejection needs a reason and registers nothing.
 */
class EnrolmentPagesIntegrationTests extends BrowserPageTests {

	@Test
	void aProducerAppliesOnItsPhoneTheBureauApprovesAndTheProducerSignsIn() {
		browser.signOut().open("/");
		browser.submit("#home-enrol");
		assertThat(browser.path()).isEqualTo("/enrol");
		assertThat(browser.text("h1")).isEqualTo("申请注册生产主体");

		browser.type("#name", "黑沙图鸊鷉火龙果合作社").type("#creditCode", "91350100M000100Y44")
			.type("#contactName", "张秀兰").type("#contactPhone", "13947100123").type("#username", "pipi-dragon")
			.type("#password", "dragon-2025-ok").type("#repeatedPassword", "dragon-2025-typo")
			.submit("#enrolment-submit");
		assertThat(browser.all(".has-error #creditCode")).hasSize(1);
		assertThat(browser.all(".has-error #townCode")).hasSize(1);
		assertThat(browser.text(".has-error:has(#townCode) .error")).isEqualTo("请选择所属街镇");
		assertThat(browser.bodyText()).contains("两次输入的密码不一致");
		assertThat(browser.value("#name")).isEqualTo("黑沙图鸊鷉火龙果合作社");
		assertThat(browser.value("#password")).isEmpty();
		browser.screenshot("enrolment-errors-zh");

		String creditCode = RegistryClient.freshCreditCode();
		browser.type("#creditCode", creditCode).select("#townCode", "jinhe").type("#gln", "6901234000017")
			.type("#password", "dragon-2025-ok").type("#repeatedPassword", "dragon-2025-ok").submit("#enrolment-submit");
		assertThat(browser.text(".has-error:has(#gln) .error")).isEqualTo("6901234000017 的校验位不对，应为 6");
		browser.type("#gln", "6901234000016").type("#password", "dragon-2025-ok")
			.type("#repeatedPassword", "dragon-2025-ok").submit("#enrolment-submit");
		assertThat(browser.path()).isEqualTo("/enrol/submitted");
		assertThat(browser.text("#enrolment-submitted")).contains("黑沙图鸊鷉火龙果合作社", "13947100123", "pipi-dragon");
		browser.screenshot("enrolment-submitted-zh");
		// Waiting for the bureau: the right password is told so, a wrong one learns nothing about the name.
		browser.login("pipi-dragon", "dragon-2025-ok");
		assertThat(browser.path()).startsWith("/login?error");
		assertThat(browser.text("#login-error")).startsWith("您的注册申请还在等待区农牧水利局审核");
		browser.screenshot("login-awaiting-approval-zh");
		browser.login("pipi-dragon", "dragon-2025-typo");
		assertThat(browser.text("#login-error")).isEqualTo("用户名或密码不正确，请重试。");

		browser.login("bureau", "bureau-demo");
		browser.submit("nav a[href='/bureau/enrolments']");
		String item = "#enrolments li[data-username='pipi-dragon']";
		assertThat(browser.text(item)).contains("黑沙图鸊鷉火龙果合作社", creditCode, "金河镇", "张秀兰 13947100123");
		browser.screenshot("enrolments-bureau-zh");
		browser.submit(item + " button.approve");
		assertThat(browser.path()).startsWith("/bureau/producers/");
		assertThat(browser.text(".notice")).startsWith("已批准");
		assertThat(browser.text("#producer-name")).isEqualTo("黑沙图鸊鷉火龙果合作社");
		assertThat(browser.text("#gln")).isEqualTo("6901234000016");
		// The producer has its login now: the form that gives one is folded away, the login named.
		assertThat(browser.text("#farmer-login")).contains("pipi-dragon");
		assertThat(browser.find("#login-form").isDisplayed()).isFalse();
		assertThat(browser.find("#contact-phone a").getDomAttribute("href")).isEqualTo("tel:13947100123");
		browser.scrollTo("#farmer-login").screenshot("producer-approved-login-folded-zh");

		browser.signOut().login("pipi-dragon", "dragon-2025-ok");
		assertThat(browser.path()).isEqualTo("/farmer/lots");
		browser.signOut();
	}

	@Test
	void anApprovalThatCannotBeDoneSaysWhyOnTheReviewPage() {
		String code = RegistryClient.freshCreditCode();
		long id = registry.anonymous().post().uri("/api/v1/enrolments")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(Map.of("name", "抢注测试合作社", "type", "COOPERATIVE", "creditCode", code, "townCode", "yulin",
					"contactName", "抢注", "contactPhone", "13800000004", "username", "squatter-login", "password",
					"long-enough-1"))
			.exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
			.get("id").asLong();
		// The bureau registers the real cooperative meanwhile: the waiting application did not stop it.
		registry.post("/api/v1/producers", Map.of("name", "真正的合作社", "type", "COOPERATIVE", "creditCode", code,
				"townCode", "yulin"));

		PageSession bureau = new PageSession(port).login("bureau", "bureau-demo");
		assertThat(bureau.post("/bureau/enrolments/" + id + "/approval", Map.of()).statusCode()).isEqualTo(302);
		assertThat(bureau.get("/bureau/enrolments").body()).contains("无法批准", "已有生产主体使用这个统一社会信用代码");
	}

	@Test
	void theBureauRejectsOnlyWithAReasonAndOnlyTheBureauSeesTheRequests() {
		JsonNode enrolment = registry.anonymous().post().uri("/api/v1/enrolments")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(Map.of("name", "赛罕拒绝测试农户", "type", "INDIVIDUAL", "townCode", "yulin", "contactName", "王五",
					"contactPhone", "13800000001", "username", "rejected-farmer", "password", "long-enough-1"))
			.exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
		long id = enrolment.get("id").asLong();

		// The bureau calls before deciding: on the page as in the API, a contact is required.
		HttpResponse<String> noContact = new PageSession(port).post("/enrol", Map.of("name", "无电话农户", "type",
				"INDIVIDUAL", "townCode", "yulin", "username", "no-phone", "password", "long-enough-1",
				"repeatedPassword", "long-enough-1"));
		assertThat(noContact.statusCode()).isEqualTo(200);
		assertThat(noContact.body()).contains("请填写联系人", "请填写联系电话").doesNotContain("long-enough-1");
		HttpResponse<String> nowhere = new PageSession(port).post("/enrol", Map.of("name", "远方农户", "type",
				"INDIVIDUAL", "townCode", "atlantis", "contactName", "远方", "contactPhone", "13800000002", "username",
				"far-away", "password", "long-enough-1", "repeatedPassword", "long-enough-1"));
		assertThat(nowhere.body()).contains("不是本区的街镇，请从列表中选择");
		HttpResponse<String> badLogin = new PageSession(port).post("/enrol", Map.of("name", "短密码农户", "type",
				"INDIVIDUAL", "townCode", "yulin", "contactName", "短", "contactPhone", "13800000003", "username",
				"a b", "password", "short", "repeatedPassword", "short"));
		assertThat(badLogin.body()).contains("用户名应为 3 到 50 位字母", "密码应为至少 8 个字符，最长 72 字节");

		assertThat(new PageSession(port).get("/bureau/enrolments").statusCode()).isEqualTo(302);
		long producer = registry.producer("赛罕拒绝测试合作社", "yulin");
		registry.post("/api/v1/producers/" + producer + "/account",
				Map.of("username", "not-the-bureau", "password", "long-enough-2"));
		PageSession farmer = new PageSession(port).login("not-the-bureau", "long-enough-2");
		assertThat(farmer.get("/bureau/enrolments").statusCode()).isEqualTo(403);
		assertThat(farmer.post("/bureau/enrolments/" + id + "/approval", Map.of()).statusCode()).isEqualTo(403);

		PageSession bureau = new PageSession(port).login("bureau", "bureau-demo");
		var before = registry.counts();
		HttpResponse<String> noReason = bureau.post("/bureau/enrolments/" + id + "/rejection", Map.of("reason", " "));
		assertThat(noReason.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/bureau/enrolments"));
		assertThat(bureau.get("/bureau/enrolments").body()).contains("驳回时请填写原因").contains("赛罕拒绝测试农户");
		assertThat(registry.counts()).isEqualTo(before);

		bureau.post("/bureau/enrolments/" + id + "/rejection", Map.of("reason", "不在本区"));
		assertThat(bureau.get("/bureau/enrolments").body()).contains("申请已驳回").doesNotContain("赛罕拒绝测试农户");
		JsonNode decided = registry.asBureau().get().uri("/api/v1/enrolments/" + id).exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(decided.get("status").asString()).isEqualTo("REJECTED");
		assertThat(decided.get("reason").asString()).isEqualTo("不在本区");
		assertThat(registry.count("producer")).isEqualTo(before.get("producer"));
	}
}
