package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.saihan.trace.demo.DemoSeeding;
import cn.saihan.trace.testing.RegistryClient;

/**
 * The pages in a real headless Chromium at phone size: Chinese by default, English on request, a
 * farmer registering a lot through the form, the bureau keeping the registry. One browser session
 * serves the whole class; each test signs in afresh. Screenshots go to target/screenshots/.
 */
class PagesIntegrationTests extends BrowserPageTests {

	@Autowired
	DemoSeeding seeding;

	@Test
	void homeAndLoginPagesAreChineseByDefaultAndEnglishOnRequestAtPhoneSize() {
		browser.signOut().open("/");
		assertThat(browser.text("h1")).isEqualTo("从田间到餐桌，全程可追溯");
		assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("zh-CN");
		browser.screenshot("home-zh");

		browser.submit("a[href='/login']");
		assertThat(browser.text("h1")).isEqualTo("登录");
		assertThat(browser.find("form input[name=_csrf]").getDomAttribute("type")).isEqualTo("hidden");
		browser.screenshot("login-zh");

		browser.submit("#lang-en");
		assertThat(browser.text("h1")).isEqualTo("Sign in");
		assertThat(browser.text("#login-submit")).isEqualTo("Sign in");
		browser.screenshot("login-en");
		// The choice is remembered: the next page comes in English without asking again.
		browser.open("/");
		assertThat(browser.text("h1")).isEqualTo("Traceable from field to table");
		browser.screenshot("home-en");

		browser.submit("#lang-zh");
		assertThat(browser.text("h1")).isEqualTo("从田间到餐桌，全程可追溯");
	}

	/** While the demo data is being seeded, the home page says so and looks again by itself. */
	@Test
	void theHomePageSaysTheDemoDataIsBeingPreparedUntilItIsThere() {
		seeding.started();
		try {
			browser.signOut().open("/");
			assertThat(browser.text("#demo-preparing")).startsWith("示例数据正在准备中");
			assertThat(browser.find("meta[http-equiv=refresh]").getDomAttribute("content")).isEqualTo("3");
			browser.screenshot("home-demo-preparing-zh");
		}
		finally {
			seeding.finished();
		}
		browser.open("/");
		assertThat(browser.all("#demo-preparing")).isEmpty();
		assertThat(browser.all("meta[http-equiv=refresh]")).isEmpty();
	}

	@Test
	void aWrongPasswordIsExplainedInChinese() {
		browser.login("bureau", "not-the-password");
		assertThat(browser.path()).startsWith("/login?error");
		assertThat(browser.text("#login-error")).isEqualTo("用户名或密码不正确，请重试。");
	}

	@Test
	void aFarmerRegistersALotThroughTheFormAndSeesItAmongTheirLots() {
		long producer = registry.producer("赛罕番茄专业合作社", "yulin");
		LocalDate today = LocalDate.now(clock);
		registry.certification(producer, "GREEN", RegistryClient.freshGreenNumber(), List.of("TPZ-TOMATO"),
				today.minusMonths(6), today.plusYears(2));
		String username = "tomato-" + producer;
		registry.post("/api/v1/producers/" + producer + "/account", Map.of("username", username, "password", "tomato-2025"));

		browser.login(username, "tomato-2025");
		assertThat(browser.path()).isEqualTo("/farmer/lots");
		assertThat(browser.text(".empty")).contains("还没有登记任何批次");

		browser.submit("#new-lot");
		assertThat(browser.text("h1")).isEqualTo("登记采收批次");
		browser.select("#productCode", "TPZ-TOMATO")
			.type("#quantityKg", "-5")
			.type("#unitPriceYuan", "8.5")
			.type("#plot", "三号大棚")
			.submit("#lot-submit");

		// Refused with a Chinese message next to the quantity; everything typed is still there.
		assertThat(browser.text(".has-error .error")).isEqualTo("数量必须大于 0 公斤");
		assertThat(browser.value("#quantityKg")).isEqualTo("-5");
		assertThat(browser.value("#unitPriceYuan")).isEqualTo("8.5");
		assertThat(browser.value("#plot")).isEqualTo("三号大棚");
		assertThat(browser.value("#productCode")).isEqualTo("TPZ-TOMATO");
		browser.scrollTo("#quantityKg").screenshot("lot-form-error-zh");

		// A comma that groups no thousands is no number; "1,200" with its grouping comma is 1200 kg.
		browser.type("#quantityKg", "12,00");
		browser.submit("#lot-submit");
		assertThat(browser.text(".has-error .error")).isEqualTo("数量必须是数字（公斤），例如 1200 或 1200.5");
		assertThat(browser.value("#quantityKg")).isEqualTo("12,00");

		browser.type("#quantityKg", "1,200").submit("#lot-submit");
		assertThat(browser.path()).startsWith("/farmer/lots/TPZ-");
		String lotCode = browser.text("#lot-code");
		assertThat(browser.text(".notice")).isEqualTo("批次已登记，合格证已同时开具。");
		assertThat(browser.text(".badges")).contains("绿色食品");
		assertThat(browser.text("#timeline")).contains("采收");

		// An inspection needs its lab, result and items: the missing ones are named in Chinese.
		browser.click("input[name=type][value=INSPECTED]").submit("#event-submit");
		assertThat(browser.all(".has-error .error")).extracting(e -> e.getText())
			.containsOnly("此环节必须填写这一项").hasSize(3);
		browser.type("#lab", "赛罕区农产品质量检测站").click("input[name=result][value=PASS]")
			.type("#items", "农药残留、重金属").submit("#event-submit");
		assertThat(browser.text(".notice")).isEqualTo("已记录新的环节。");
		assertThat(browser.text("#timeline li[data-type=INSPECTED]")).contains("检测", "合格", "赛罕区农产品质量检测站",
				"农药残留、重金属");
		browser.scrollTo("#timeline").screenshot("lot-timeline-zh");

		// A shipment may name its quantity and delivery note; a bad quantity is explained in Chinese.
		browser.click("input[name=type][value=SHIPPED]").type("#to", "东瓦窑批发市场").type("#quantityKg", "-5")
			.submit("#event-submit");
		assertThat(browser.text(".has-error .error")).isEqualTo("数量必须大于 0 公斤，最多 9 位整数、3 位小数");
		browser.scrollTo("#record-event").screenshot("event-form-shipment-error-zh");
		browser.type("#quantityKg", "300").type("#documentNo", "DN-0001").submit("#event-submit");
		assertThat(browser.text("#timeline li[data-type=SHIPPED]")).contains("发往：东瓦窑批发市场", "300 公斤",
				"送货单号 DN-0001");

		browser.open("/farmer/lots");
		assertThat(browser.text("#lots li[data-lot='" + lotCode + "']")).contains("太平庄番茄", "1,200 公斤",
				"产值 ¥10,200.00", "绿色食品");
		browser.screenshot("my-lots-zh");
	}

	@Test
	void theBureauAddsAProducerAndACertificationAndSeesThemListed() {
		browser.login("bureau", "bureau-demo");
		assertThat(browser.path()).isEqualTo("/bureau/producers");

		browser.submit("#new-producer");
		browser.type("#name", "金河镇草莓家庭农场").select("#type", "FAMILY_FARM")
			.type("#creditCode", "91350100M000100Y44").select("#townCode", "jinhe").type("#village", "格此老村")
			.submit("#producer-submit");
		assertThat(browser.text(".has-error .error")).startsWith("统一社会信用代码不正确");
		assertThat(browser.value("#name")).isEqualTo("金河镇草莓家庭农场");
		assertThat(browser.value("#village")).isEqualTo("格此老村");
		browser.scrollTo("#creditCode").screenshot("producer-form-error-zh");

		String creditCode = RegistryClient.freshCreditCode();
		browser.type("#creditCode", creditCode).submit("#producer-submit");
		assertThat(browser.text("#producer-name")).isEqualTo("金河镇草莓家庭农场");
		assertThat(browser.text(".notice")).isEqualTo("生产主体已添加。");

		// A green-food number of the wrong shape is refused with the expected shape, in Chinese.
		browser.select("#type", "GREEN").type("#certificateNo", "GREEN-2025-1")
			.click("input[name=productCodes][value=GDL-STRAWBERRY]")
			.set("#validTo", LocalDate.now(clock).plusYears(2).toString())
			.submit("#certification-submit");
		assertThat(browser.text("#add-certification .has-error .error")).startsWith("证书编号格式不对，应为：LB-");
		assertThat(browser.find("input[name=productCodes][value=GDL-STRAWBERRY]").isSelected()).isTrue();

		String number = RegistryClient.freshGreenNumber();
		browser.type("#certificateNo", number).submit("#certification-submit");
		assertThat(browser.text(".notice")).isEqualTo("认证已登记。");
		assertThat(browser.text("#certifications li[data-number='" + number + "']")).contains("绿色食品", "有效",
				"郜独利草莓");

		// A typo in the phone number is corrected on the producer's own form; a refusal keeps what was typed.
		browser.submit("#edit-producer");
		assertThat(browser.text("h1")).isEqualTo("修改生产主体信息");
		assertThat(browser.value("#name")).isEqualTo("金河镇草莓家庭农场");
		browser.type("#contactPhone", "1394710x").type("#contactName", "郜秀英").submit("#producer-submit");
		assertThat(browser.text(".has-error .error")).isEqualTo("电话号码应为 5 到 20 位数字");
		assertThat(browser.value("#contactName")).isEqualTo("郜秀英");
		browser.type("#contactPhone", "13947102002").type("#gln", "6901234000017").submit("#producer-submit");
		assertThat(browser.text(".has-error .error")).isEqualTo("6901234000017 的校验位不对，应为 6");
		browser.type("#gln", "6901234000016").submit("#producer-submit");
		assertThat(browser.text(".notice")).startsWith("生产主体信息已修改");
		assertThat(browser.text(".facts")).contains("郜秀英", "13947102002", creditCode);
		assertThat(browser.text("#gln")).isEqualTo("6901234000016");
		browser.screenshot("producer-corrected-zh");

		browser.type("#farmer-login #username", "jinhe-caomei").type("#farmer-login #password", "caomei-2025")
			.submit("#login-create");
		assertThat(browser.text(".notice")).startsWith("账号已开通");
		assertThat(browser.text("#farmer-login")).contains("jinhe-caomei");
		browser.scrollTo("#certifications").screenshot("producer-certifications-zh");

		browser.open("/bureau/producers?townCode=jinhe&q=草莓");
		assertThat(browser.text("#producers")).contains("金河镇草莓家庭农场", creditCode);
		browser.screenshot("producers-zh");

		// The new login works and sees the producer's (empty) lot list.
		browser.login("jinhe-caomei", "caomei-2025");
		assertThat(browser.text(".sub")).contains("金河镇草莓家庭农场");
	}

	@Test
	void theBureauAddsASpecialtyProductWhoseLotsFarmersCanThenRegister() {
		browser.login("bureau", "bureau-demo");
		browser.submit("nav a[href='/bureau/products']");
		assertThat(browser.text("h1")).isEqualTo("产品目录");
		assertThat(browser.text("#products li[data-code=TPZ-TOMATO]")).contains("太平庄番茄", "蔬菜", "GTIN 0");

		String code = "SH-OYSTER-" + System.nanoTime() % 100_000;
		browser.type("#nameZh", "赛罕平菇").type("#code", code.toLowerCase()).type("#gtin", "12345678")
			.submit("#product-submit");
		assertThat(browser.text("#add-product .has-error .error")).startsWith("GTIN 不正确");
		assertThat(browser.value("#nameZh")).isEqualTo("赛罕平菇");
		assertThat(browser.value("#code")).isEqualTo(code);
		browser.scrollTo("#add-product").screenshot("product-form-error-zh");

		browser.type("#gtin", "").submit("#product-submit");
		assertThat(browser.text(".notice")).isEqualTo("产品已加入目录。");
		String gtin = registry.get("/api/v1/products/" + code).get("gtin").asString();
		assertThat(gtin).hasSize(14).startsWith("06901234");
		assertThat(browser.text("#products li.added[data-code='" + code + "']")).contains("赛罕平菇", "GTIN " + gtin);

		// A taken code refused next to its field: ProductPageControllerTests; the registry keeps one: CatalogIntegrationTests.

		long producer = registry.producer("赛罕平菇种植合作社", "yulin");
		assertThat(registry.lot(producer, code, LocalDate.now(clock).minusDays(1), "40", "12").get("productCode")
			.asString()).isEqualTo(code);
		browser.signOut();
	}

	@Test
	void theBureauRevokesACertificationAndIsWarnedOfThoseAboutToLapse() {
		long producer = registry.producer("黄合少镇瓜果合作社", "huangheshao");
		LocalDate today = LocalDate.now(clock);
		String lapsing = RegistryClient.freshGreenNumber();
		registry.certification(producer, "GREEN", lapsing, List.of("SYBL-MELON"), today.minusYears(2),
				today.plusDays(30));
		String revoked = RegistryClient.freshOrganicNumber();
		long id = registry.certification(producer, "ORGANIC", revoked, List.of("SYBL-MELON"), today.minusMonths(3),
				today.plusMonths(8));

		browser.login("bureau", "bureau-demo").open("/bureau/certifications/expiring");
		assertThat(browser.text("#expiring li[data-number='" + lapsing + "']")).contains("还剩 30 天", "黄合少镇瓜果合作社");
		assertThat(browser.bodyText()).doesNotContain(revoked);
		browser.screenshot("expiring-zh");

		browser.open("/bureau/certifications/" + id + "/revocation");
		browser.submit("#revocation-submit");
		assertThat(browser.text(".has-error .error")).isEqualTo("请填写撤销原因");
		browser.type("#reason", "抽检不合格").submit("#revocation-submit");
		assertThat(browser.text(".notice")).isEqualTo("认证已撤销。");
		assertThat(browser.text("#certifications li[data-number='" + revoked + "']")).contains("已撤销", "抽检不合格");
	}
}
