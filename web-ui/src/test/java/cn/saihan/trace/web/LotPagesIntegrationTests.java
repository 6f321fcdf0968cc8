package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A farmer's lot page at phone size: the facts read once and as money is written, one error for
 * one mistake, targets a thumb can hit, the labels with their scans a page at a time, and the
 * printouts (label stock, compliance certificate) it offers.
 */
class LotPagesIntegrationTests extends BrowserPageTests {

	/** What a thumb taps on these pages. */
	static final String TAPPABLE = ".langs a, .nav a, .nav button, .back a, .choice, .pager a";

	@Test
	void aLotPageShowsItsValueOnceAndPricesWithTheirCents() {
		String username = farmer("太平庄番茄合作社");
		browser.login(username, "tomato-2025").open("/farmer/lots/new");

		// Everything filled in but the product: one error for it, not two.
		browser.type("#quantityKg", "1200").type("#unitPriceYuan", "8.5").submit("#lot-submit");
		assertThat(browser.all(".has-error .error")).extracting(e -> e.getText()).containsExactly("请选择产品");
		browser.scrollTo("#productCode").screenshot("lot-form-empty-product-zh");

		browser.select("#productCode", "TPZ-TOMATO").submit("#lot-submit");
		assertThat(browser.path()).startsWith("/farmer/lots/TPZ-");
		assertThat(browser.text("#lot-value")).isEqualTo("¥10,200.00");
		assertThat(browser.text("#lot-unit-price")).isEqualTo("8.50 元/公斤");
		assertThat(browser.bodyText()).doesNotContain("产值 产值", "8.5 元");
		browser.screenshot("lot-facts-zh");

		browser.open(browser.path() + "?lang=en");
		assertThat(browser.text("#lot-value")).isEqualTo("¥10,200.00");
		assertThat(browser.text("#lot-unit-price")).isEqualTo("8.50 yuan/kg");
		browser.open("/?lang=zh_CN");
	}

	@Test
	void everyTargetOnTheFarmersPagesIsAtLeast44PixelsSquare() {
		String username = farmer("黄合少蔬菜合作社");
		browser.login(username, "tomato-2025");
		for (String path : List.of("/farmer/lots/new", "/farmer/lots/" + lotOf(username))) {
			browser.open(path);
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> small = (List<Map<String, Object>>) browser.script("""
					return [...document.querySelectorAll(arguments[0])]
					  .filter(e => e.offsetParent !== null)
					  .map(e => ({what: e.outerHTML.slice(0, 80), w: e.getBoundingClientRect().width, h: e.getBoundingClientRect().height}))
					  .filter(r => r.h < 44 || r.w < 44)""", TAPPABLE);
			assertThat(small).as(path).isEmpty();
			assertThat(browser.all(TAPPABLE)).as(path).hasSizeGreaterThan(5);
		}
		browser.screenshot("lot-page-targets-zh");
	}

	@Test
	void theLabelsAreListedWithTheirScansAPageAtATime() {
		String username = farmer("金河镇草莓合作社");
		String lotCode = lotOf(username);
		JsonNode issued = registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", 45)).get("labels");
		String scanned = issued.get(0).get("serial").asString();
		String path = URI.create(issued.get(0).get("uri").asString()).getRawPath();
		// two phones: a browser that views the label again is not counted again
		new PageSession(port).get(path);
		new PageSession(port).get(path);

		browser.login(username, "tomato-2025").open("/farmer/lots/" + lotCode);
		assertThat(browser.all("#labels-table tbody tr")).hasSize(20);
		assertThat(browser.text("#labels-table tr[data-serial='" + scanned + "'] .scans")).isEqualTo("2");
		assertThat(browser.text(".label-preview")).contains("已扫码 2 次");
		assertThat(browser.all("#sheet-form input[name=layout]")).extracting(e -> e.getDomAttribute("value"))
			.containsExactly("a4-20", "a4-3x8", "a4-4x10", "roll-50x30", "roll-40x30");
		browser.scrollTo("#labels").screenshot("lot-labels-preview-zh");
		browser.scrollTo("#sheet-form").screenshot("lot-labels-print-zh");
		browser.scrollTo("#labels-table").screenshot("lot-labels-scans-zh");

		browser.click(".pager a").waitFor("#labels-table", 5);
		assertThat(browser.text(".pager")).contains("第 2 页 / 共 3 页");
		assertThat(browser.text("#labels-table tbody tr:first-child td:first-child")).isEqualTo("21");
		browser.open("/farmer/lots/" + lotCode + "?page=2");
		assertThat(browser.all("#labels-table tbody tr")).hasSize(5);
	}

	@Test
	void theLotPagePrintsLabelsOnTheChosenStockAndTheComplianceCertificate() {
		String username = farmer("榆林镇番茄合作社");
		String lotCode = lotOf(username);
		registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", 3));
		browser.login(username, "tomato-2025").open("/farmer/lots/" + lotCode);
		assertThat(browser.text("#compliance")).contains("2026 年 2 月 1 日起");
		assertThat(browser.find("#certificate-form").getDomAttribute("action"))
			.isEqualTo("/farmer/lots/" + lotCode + "/certificate.pdf");
		browser.scrollTo("#compliance").screenshot("lot-certificate-zh");

		PageSession session = new PageSession(port).login(username, "tomato-2025");
		HttpResponse<String> rolls = session.get("/farmer/lots/" + lotCode + "/labels.pdf?layout=roll-40x30&dpi=203");
		assertThat(rolls.statusCode()).isEqualTo(200);
		assertThat(rolls.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(rolls.headers().firstValue("Content-Disposition").orElseThrow()).contains("roll-40x30");
		HttpResponse<String> certificate = session.get("/farmer/lots/" + lotCode + "/certificate.pdf?copies=2");
		assertThat(certificate.statusCode()).isEqualTo(200);
		assertThat(certificate.body()).startsWith("%PDF");

		String stranger = farmer("别家合作社");
		PageSession other = new PageSession(port).login(stranger, "tomato-2025");
		assertThat(other.get("/farmer/lots/" + lotCode + "/certificate.pdf").statusCode()).isEqualTo(403);
		assertThat(other.get("/farmer/lots/" + lotCode + "/labels.pdf?layout=a4-3x8").statusCode()).isEqualTo(403);
	}

	/** A producer with a farmer login; returns the login's name (password tomato-2025). */
	private String farmer(String producerName) {
		long producer = registry.producer(producerName, "yulin");
		String username = "farmer-" + producer;
		registry.post("/api/v1/producers/" + producer + "/account", Map.of("username", username, "password", "tomato-2025"));
		return username;
	}

	private String lotOf(String username) {
		long producer = Long.parseLong(username.substring("farmer-".length()));
		return registry.lot(producer, "TPZ-TOMATO", LocalDate.now(clock).minusDays(1), "1200", "8.5").get("lotCode")
			.asString();
	}
}
