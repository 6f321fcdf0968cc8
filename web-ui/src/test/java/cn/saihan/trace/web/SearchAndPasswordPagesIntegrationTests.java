package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The search box and the password page, in headless Chromium at phone size: a visitor finds a lot
 * and lands on its public page, the bureau lands on its registry pages; a farmer changes the
 * password the bureau gave it and signs in with the new one.
 */
class SearchAndPasswordPagesIntegrationTests extends BrowserPageTests {

	@Test
	void aVisitorFindsALotFromTheHomePageAndOpensItsPublicPage() {
		long producer = registry.producer("榆林镇鹡鸰番茄合作社", "yulin");
		String lotCode = registry.lot(producer, "TPZ-TOMATO", LocalDate.now(clock).minusDays(2), "300", "6")
			.get("lotCode").asString();

		browser.signOut().open("/");
		browser.type("#home-search input[name=q]", "鹡鸰").submit("#home-search button");
		assertThat(browser.path()).startsWith("/search?q=");
		assertThat(browser.text("#search-total")).contains("共找到 2 条结果");
		assertThat(browser.text("#results li[data-kind=PRODUCER]")).contains("生产主体", "榆林镇鹡鸰番茄合作社", "榆林镇");
		assertThat(browser.text("#results li[data-id='" + lotCode + "']")).contains("批次", "太平庄番茄", lotCode);
		browser.screenshot("search-visitor-zh");

		// A visitor opens the producer's public page: what it grows and holds, nothing personal.
		browser.submit("#results li[data-kind=PRODUCER] a");
		assertThat(browser.path()).isEqualTo("/producers/" + producer);
		assertThat(browser.text("#producer-name")).isEqualTo("榆林镇鹡鸰番茄合作社");
		assertThat(browser.text("#producer-place")).isEqualTo("农民专业合作社 · 榆林镇 东干丈村");
		assertThat(browser.text("#grows")).contains("太平庄番茄", "蔬菜");
		assertThat(browser.bodyText()).doesNotContain("13800000000", registry.get("/api/v1/producers/" + producer)
			.get("creditCode").asString());
		browser.screenshot("producer-public-zh");
		browser.submit("#grows a");
		assertThat(browser.path()).startsWith("/01/");
		assertThat(browser.text("#product-name")).isEqualTo("太平庄番茄");
		assertThat(browser.all("#growers a[href='/producers/" + producer + "']")).hasSize(1);

		// A product is named and described in the reader's language and opens on its product page.
		browser.open("/search?q=" + URLEncoder.encode("太平庄番茄", StandardCharsets.UTF_8));
		String product = "#results li[data-kind=PRODUCT][data-id=TPZ-TOMATO]";
		assertThat(browser.text(product)).contains("产品", "太平庄番茄", "蔬菜", "商品条码")
			.doesNotContain("VEGETABLE", "Taipingzhuang");
		browser.screenshot("search-product-zh");
		browser.submit(product + " a");
		assertThat(browser.path()).isEqualTo("/01/06901234000016");
		assertThat(browser.find("#verdict").getDomAttribute("data-verdict")).isEqualTo("PRODUCT");
		browser.open("/search?q=" + URLEncoder.encode("太平庄番茄", StandardCharsets.UTF_8) + "&lang=en");
		assertThat(browser.text(product)).contains("Taipingzhuang tomato", "Vegetable").doesNotContain("VEGETABLE");
		browser.open("/search?lang=zh_CN");

		browser.open("/search?q=" + URLEncoder.encode("鹡鸰", StandardCharsets.UTF_8));
		browser.submit("#results li[data-id='" + lotCode + "'] a");
		assertThat(browser.path()).startsWith("/01/").endsWith("/10/" + lotCode);
		assertThat(browser.find("#verdict").getDomAttribute("data-verdict")).isEqualTo("LOT_REGISTERED");
		assertThat(browser.bodyText()).contains("榆林镇鹡鸰番茄合作社");
	}

	@Test
	void theBureauFindsAProducerAndOpensItsRegistryPageInEnglishToo() {
		long producer = registry.producer("金河镇鸺鹠葡萄合作社", "jinhe");
		browser.login("bureau", "bureau-demo");
		browser.open("/search?q=鸺鹠");
		browser.submit("#results li[data-kind=PRODUCER] a");
		assertThat(browser.path()).isEqualTo("/bureau/producers/" + producer);
		assertThat(browser.text("#producer-name")).isEqualTo("金河镇鸺鹠葡萄合作社");

		browser.open("/search?q=no-such-thing-anywhere&lang=en");
		assertThat(browser.text("#search-total")).isEqualTo("0 results for “no-such-thing-anywhere”");
		assertThat(browser.text(".empty")).startsWith("No product, producer or lot matches.");
		browser.open("/search?lang=zh_CN");
	}

	@Test
	void aTooLongSearchIsExplainedAndAnEmptyOneShowsTheBox() {
		browser.signOut().open("/search");
		assertThat(browser.text("h1")).isEqualTo("搜索");
		assertThat(browser.all("#results")).isEmpty();

		HttpResponse<String> tooLong = new PageSession(port).get("/search?q=" + URLEncoder.encode("番".repeat(101), StandardCharsets.UTF_8));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("搜索词太长了");
	}

	@Test
	void aFarmerChangesItsPasswordAndSignsInWithTheNewOne() {
		long producer = registry.producer("赛罕改密家庭农场", "huangheshao");
		String username = "gaimi-" + producer;
		registry.post("/api/v1/producers/" + producer + "/account", Map.of("username", username, "password", "first-pass-1"));
		browser.login(username, "first-pass-1");

		browser.submit("a[href='/account/password']");
		assertThat(browser.text("h1")).isEqualTo("修改密码");
		browser.type("#currentPassword", "not-my-password").type("#newPassword", "second-pass-2")
			.type("#repeatedPassword", "second-pass-3").submit("#password-submit");
		assertThat(browser.text(".has-error .error")).isEqualTo("两次输入的新密码不一致");
		assertThat(browser.value("#newPassword")).isEmpty();

		browser.type("#currentPassword", "not-my-password").type("#newPassword", "second-pass-2")
			.type("#repeatedPassword", "second-pass-2").submit("#password-submit");
		assertThat(browser.text(".has-error .error")).isEqualTo("当前密码不正确");
		browser.screenshot("password-error-zh");

		browser.type("#currentPassword", "first-pass-1").type("#newPassword", "second-pass-2")
			.type("#repeatedPassword", "second-pass-2").submit("#password-submit");
		assertThat(browser.path()).isEqualTo("/farmer/lots");
		assertThat(browser.text(".notice")).isEqualTo("密码已修改。");

		browser.signOut().login(username, "first-pass-1");
		assertThat(browser.path()).startsWith("/login?error");
		browser.login(username, "second-pass-2");
		assertThat(browser.path()).isEqualTo("/farmer/lots");
	}

	@Test
	void theBureausPasswordIsConfigurationAndAVisitorMustSignInFirst() {
		assertThat(new PageSession(port).get("/account/password").statusCode()).isEqualTo(302);
		PageSession bureau = new PageSession(port).login("bureau", "bureau-demo");
		HttpResponse<String> page = bureau.get("/account/password");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("trace.bureau.password").doesNotContain("id=\"password-form\"");
		assertThat(bureau.post("/account/password", Map.of("currentPassword", "bureau-demo", "newPassword",
				"bureau-new-1", "repeatedPassword", "bureau-new-1")).statusCode()).isEqualTo(200);
		new PageSession(port).login("bureau", "bureau-demo");
	}
}
