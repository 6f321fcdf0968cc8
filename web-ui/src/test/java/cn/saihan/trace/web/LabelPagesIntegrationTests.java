package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.saihan.trace.testing.RegistryClient;
import tools.jackson.databind.JsonNode;

/**
 * The pages built on labels, in headless Chromium at phone size: what a consumer sees after
 * scanning a genuine, an over-scanned and a forged code; a farmer issuing labels and downloading
 * their sheet.
 */
class LabelPagesIntegrationTests extends BrowserPageTests {

	@Test
	void aConsumerScansAGenuineLabelAndSeesProductCertificateAndVerdict() {
		LocalDate today = LocalDate.now(clock);
		long producer = registry.producer("黑沙图火龙果合作社", "jinhe");
		String number = RegistryClient.freshGreenNumber();
		registry.certification(producer, "GREEN", number, List.of("HST-PITAYA"), today.minusYears(1),
				today.plusYears(1));
		String lotCode = registry.lot(producer, "HST-PITAYA", today.minusDays(2), "800", "25").get("lotCode")
			.asString();
		registry.asBureau().post().uri("/api/v1/lots/{lot}/events", lotCode).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("type", "INSPECTED", "occurredAt", today.minusDays(1) + "T10:00:00+08:00", "location",
					"金河镇", "details", Map.of("lab", "呼和浩特市农产品质量检测中心", "result", "PASS", "items",
							List.of("农药残留"))))
			.exchange().expectStatus().isCreated();
		String label = labelPaths(lotCode, 1).get(0);

		browser.signOut().open(label);
		assertThat(browser.find("#verdict").getDomAttribute("data-verdict")).isEqualTo("GENUINE");
		assertThat(browser.text("#verdict h1")).contains("正品标签");
		assertThat(browser.text("#product-name")).isEqualTo("黑沙图红心火龙果");
		assertThat(browser.text("#producer")).isEqualTo("黑沙图火龙果合作社");
		assertThat(browser.text("#origin")).startsWith("金河镇");
		assertThat(browser.text("#certifications li[data-type=GREEN]")).contains("绿色食品", number);
		assertThat(browser.text("#certifications li[data-type=GREEN] .on-harvest")).isEqualTo("有效");
		assertThat(browser.text("#certifications li[data-type=GREEN] .today")).isEqualTo("有效");
		assertThat(browser.text("#inspections")).contains("合格", "呼和浩特市农产品质量检测中心", "农药残留");
		assertThat(browser.text("#timeline")).contains("采收", "检测");
		browser.screenshot("consumer-genuine-zh");

		// Scanned again and again (as a copied label would be), the page warns with the first scan time.
		PageSession phone = new PageSession(port);
		for (int i = 0; i < 5; i++) {
			assertThat(phone.get(label).statusCode()).isEqualTo(200);
		}
		browser.open(label);
		assertThat(browser.find("#verdict").getDomAttribute("data-verdict")).isEqualTo("SCANNED_BEFORE");
		assertThat(browser.text("#verdict h1")).contains("已被查询 7 次");
		browser.screenshot("consumer-scanned-before-zh");

		browser.open(label + (label.contains("?") ? "&" : "?") + "lang=en");
		assertThat(browser.text("#verdict h1")).contains("This label has been checked 8 times");
		assertThat(browser.text("#certifications li[data-type=GREEN]")).contains("Green food", "valid");
		browser.screenshot("consumer-scanned-before-en");
		browser.open("/?lang=zh_CN");
	}

	@Test
	void theGtinAloneShowsTheProductAndWhoGrowsItAndAsksForTheFullLabel() {
		LocalDate today = LocalDate.now(clock);
		long producer = registry.producer("赛音不浪网纹瓜合作社", "jinhe");
		String lotCode = registry.lot(producer, "HST-PITAYA", today.minusDays(1), "100", "6").get("lotCode")
			.asString();
		String label = labelPaths(lotCode, 1).get(0);
		String product = label.substring(0, label.indexOf("/10/"));

		browser.signOut().open(product);
		assertThat(browser.find("#verdict").getDomAttribute("data-verdict")).isEqualTo("PRODUCT");
		assertThat(browser.text("#scan-full-label")).isEqualTo("扫描完整标签以验真");
		assertThat(browser.text("#product-name")).isEqualTo("黑沙图红心火龙果");
		assertThat(browser.text("#growers")).contains("赛音不浪网纹瓜合作社", "金河镇");
		browser.screenshot("consumer-product-zh");
		assertThat(new PageSession(port).get(product).statusCode()).isEqualTo(200);
	}

	@Test
	void aCodeThatIsNoDigitalLinkIsExplainedInChinese() {
		String gtin = registry.get("/api/v1/products").findValues("gtin").get(0).asString();
		String wrongCheckDigit = gtin.substring(0, 13) + (char) ('0' + (gtin.charAt(13) - '0' + 1) % 10);

		browser.signOut().open("/01/" + wrongCheckDigit + "/10/ABC");
		assertThat(browser.find("#verdict").getDomAttribute("data-verdict")).isEqualTo("INVALID");
		assertThat(browser.text("#verdict h1")).contains("这不是有效的溯源二维码");
		assertThat(browser.text("#reasons")).contains("校验位不对");
		browser.screenshot("consumer-invalid-zh");
		assertThat(new PageSession(port).get("/01/" + wrongCheckDigit + "/10/ABC").statusCode()).isEqualTo(400);
	}

	@Test
	void aForgedCodeIsNeverShownAsAGenuineProduct() {
		LocalDate today = LocalDate.now(clock);
		long producer = registry.producer("榆林镇番茄合作社", "yulin");
		String lotCode = registry.lot(producer, "TPZ-TOMATO", today.minusDays(1), "100", "6").get("lotCode")
			.asString();
		String label = labelPaths(lotCode, 1).get(0);
		String serial = label.substring(label.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
		char last = serial.charAt(serial.length() - 1);
		String forged = label.replace(serial, serial.substring(0, serial.length() - 1) + (last == 'A' ? 'B' : 'A'));

		browser.signOut().open(forged);
		assertThat(browser.find("#verdict").getDomAttribute("data-verdict")).isEqualTo("NOT_GENUINE");
		assertThat(browser.text("#verdict")).contains("未查到此标签", "12315");
		assertThat(browser.all("#product-name")).isEmpty();
		assertThat(browser.bodyText()).doesNotContain("太平庄番茄", "榆林镇番茄合作社");
		browser.screenshot("consumer-forged-zh");
		assertThat(new PageSession(port).get(forged).statusCode()).isEqualTo(404);
	}

	@Test
	void aFarmerIssuesLabelsOnTheLotPageAndDownloadsTheirSheet() {
		LocalDate today = LocalDate.now(clock);
		long producer = registry.producer("郜独利草莓合作社", "huangheshao");
		String lotCode = registry.lot(producer, "GDL-STRAWBERRY", today, "300", "30").get("lotCode").asString();
		String username = "caomei-" + producer;
		registry.post("/api/v1/producers/" + producer + "/account", Map.of("username", username, "password", "caomei-2025"));

		browser.login(username, "caomei-2025").open("/farmer/lots/" + lotCode);
		assertThat(browser.text("#label-count")).contains("0 张");
		// The tests run with the default base URL, which a phone could not reach: said before printing.
		assertThat(browser.text("#labels-local")).contains("http://localhost:8080", "手机扫码会打不开",
				"trace.resolver.base-url");
		browser.type("#count", "24").submit("#labels-issue");
		assertThat(browser.text(".notice")).isEqualTo("已生成 24 张新标签。");
		assertThat(browser.text("#label-count")).contains("24 张");
		assertThat((Long) browser.script("return document.querySelector('.label-preview img').naturalWidth"))
			.isGreaterThan(0L);
		browser.scrollTo("#labels").screenshot("lot-labels-zh");

		HttpResponse<String> sheet = new PageSession(port).login(username, "caomei-2025")
			.get("/farmer/lots/" + lotCode + "/labels.pdf");
		assertThat(sheet.statusCode()).isEqualTo(200);
		assertThat(sheet.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(sheet.body()).startsWith("%PDF");

		// Another producer's farmer gets neither the sheet nor the issuing form.
		long other = registry.producer("别家合作社", "yulin");
		registry.post("/api/v1/producers/" + other + "/account", Map.of("username", "other-" + other, "password", "other-2025"));
		PageSession stranger = new PageSession(port).login("other-" + other, "other-2025");
		assertThat(stranger.get("/farmer/lots/" + lotCode + "/labels.pdf").statusCode()).isEqualTo(403);
		assertThat(stranger.post("/farmer/lots/" + lotCode + "/labels", Map.of("count", "5")).statusCode())
			.isEqualTo(403);
	}

	/** Issues labels as the bureau and returns their paths (the base URL of the links is the configured one). */
	private List<String> labelPaths(String lotCode, int count) {
		JsonNode issued = registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", count));
		return issued.get("labels").valueStream().map(l -> {
			URI uri = URI.create(l.get("uri").asString());
			return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}).toList();
	}
}
