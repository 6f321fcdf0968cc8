package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Holds and recalls in headless Chromium at phone size: the producer holds its own lot from its lot
 * page and the buttons it may no longer use say why; the bureau releases and recalls; a consumer
 * scanning a label of the lot sees the red banner first, the label still genuine.
 */
class HoldPagesIntegrationTests extends BrowserPageTests {

	@Test
	void aProducerHoldsItsLotAndAConsumerSeesTheBannerBeforeTheVerdict() {
		long producer = registry.producer("东干丈生态农场", "yulin");
		String username = "farmer-" + producer;
		registry.post("/api/v1/producers/" + producer + "/account", Map.of("username", username, "password",
				"tomato-2025"));
		String lotCode = registry.lot(producer, "TPZ-TOMATO", LocalDate.now(clock).minusDays(1), "1200", "8.5")
			.get("lotCode").asString();
		String label = labelPath(lotCode);

		browser.login(username, "tomato-2025").open("/farmer/lots/" + lotCode);
		assertThat(browser.find("#lot-status").getDomAttribute("data-status")).isEqualTo("ACTIVE");
		// A producer holds its own lot; releasing and recalling are the bureau's.
		assertThat(browser.all("#status-release")).isEmpty();
		assertThat(browser.all("#status-recall")).isEmpty();
		browser.type("#status-reason", "自查发现农残快检疑似超标").submit("#status-hold");
		assertThat(browser.find("#lot-status").getDomAttribute("data-status")).isEqualTo("HELD");
		assertThat(browser.text("#lot-status-badge")).isEqualTo("暂停销售");
		assertThat(browser.text("#lot-status-reason")).contains("自查发现农残快检疑似超标");
		assertThat(browser.text("#lot-status-history")).contains("暂停销售", "东干丈生态农场", "本批次");
		// The buttons it may not use say why.
		assertThat(browser.find("#labels-issue").isEnabled()).isFalse();
		assertThat(browser.text("#labels-stopped")).contains("暂停销售", "不能生成新标签");
		assertThat(browser.text("#event-stopped")).contains("不能记录包装、发货、销售");
		assertThat(browser.find("input[name='type'][value='SHIPPED']").isEnabled()).isFalse();
		assertThat(browser.find("input[name='type'][value='INSPECTED']").isEnabled()).isTrue();
		browser.scrollTo("#lot-status").screenshot("lot-status-held-producer-zh");

		// Held again for the same cause: refused, the reason in Chinese.
		browser.type("#status-reason", "再次暂停").submit("#status-hold");
		assertThat(browser.text(".alert.wide")).contains("已经暂停销售");

		browser.signOut().open(label);
		assertThat(browser.find("#lot-status").getDomAttribute("data-status")).isEqualTo("HELD");
		assertThat(browser.text("#lot-status h1")).contains("此批次暂停销售，正在核查");
		assertThat(browser.find("#verdict").getDomAttribute("data-verdict")).isEqualTo("GENUINE");
		assertThat((Boolean) browser.script("return document.querySelector('#lot-status').getBoundingClientRect().top"
				+ " < document.querySelector('#verdict').getBoundingClientRect().top")).isTrue();
		browser.screenshot("consumer-held-zh");

		// The bureau recalls it from the same page, with a reason.
		browser.login("bureau", "bureau-demo").open("/farmer/lots/" + lotCode);
		assertThat(browser.all("#status-release")).hasSize(1);
		browser.type("#status-reason", "检出禁用农药毒死蜱，召回").submit("#status-recall");
		assertThat(browser.find("#lot-status").getDomAttribute("data-status")).isEqualTo("RECALLED");
		assertThat(browser.all("#status-form")).isEmpty();
		assertThat(browser.text("#lot-status")).contains("召回不可撤销");
		browser.scrollTo("#lot-status").screenshot("lot-status-recalled-bureau-zh");

		browser.signOut().open(label);
		assertThat(browser.find("#lot-status").getDomAttribute("data-status")).isEqualTo("RECALLED");
		assertThat(browser.text("#lot-status")).contains("此批次已召回，请勿食用", "检出禁用农药毒死蜱，召回");
		assertThat(browser.find("#verdict").getDomAttribute("data-verdict")).isEqualTo("GENUINE");
		browser.screenshot("consumer-recalled-zh");

		browser.open(label + (label.contains("?") ? "&" : "?") + "lang=en");
		assertThat(browser.text("#lot-status h1")).contains("recalled");
		browser.screenshot("consumer-recalled-en");
		browser.open("/?lang=zh_CN");
	}

	@Test
	void theBureauListsHoldsByTownAndProductAndSeesARecallsReachAndEffectiveness() {
		long farm = registry.producer("黑沙图火龙果合作社", "jinhe");
		long packer = registry.producer("赛罕蔬菜包装合作社", "bayan");
		String lotCode = registry.lot(farm, "HST-PITAYA", LocalDate.now(clock).minusDays(3), "800", "25")
			.get("lotCode").asString();
		String packed = registry.post("/api/v1/transformations", Map.of("producerId", packer, "occurredAt",
				LocalDate.now(clock).minusDays(2) + "T09:00:00+08:00", "location", "包装车间", "inputs",
				java.util.List.of(Map.of("lotCode", lotCode, "quantityKg", "500")), "output",
				Map.of("productCode", "HST-PITAYA", "quantityKg", "500", "unitPriceYuan", "30")))
			.get("lotCode").asString();
		registry.post("/api/v1/lots/" + packed + "/events", Map.of("type", "SHIPPED", "occurredAt",
				LocalDate.now(clock).minusDays(1) + "T09:00:00+08:00", "location", "巴彦街道", "details",
				Map.of("to", "维多利超市", "quantityKg", "200")));
		String label = labelPath(packed);
		registry.asBureau().post().uri("/api/v1/lots/" + lotCode + "/recall")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(Map.of("reason", "检出禁用农药")).exchange().expectStatus().isOk();
		// Two phones scan the packed lot's label after the recall.
		new PageSession(port).get(label);
		new PageSession(port).get(label);

		browser.login("bureau", "bureau-demo").open("/bureau/holds?town=jinhe");
		assertThat(browser.all("#holds li[data-lot='" + lotCode + "']")).hasSize(1);
		// The packed lot is in another town: filtered out here, listed without the filter.
		assertThat(browser.all("#holds li[data-lot='" + packed + "']")).isEmpty();
		browser.screenshot("bureau-holds-zh");
		browser.open("/bureau/holds?product=HST-PITAYA");
		assertThat(browser.all("#holds li[data-lot='" + packed + "']")).hasSize(1);
		assertThat(browser.find("#holds li[data-lot='" + packed + "']").getDomAttribute("data-status"))
			.isEqualTo("RECALLED");

		browser.open("/bureau/lots/" + lotCode + "/recall");
		assertThat(browser.text("#recall-status")).isEqualTo("已召回");
		assertThat(browser.text("#scans-since-recall")).isEqualTo("2");
		assertThat(browser.text("#labels-since-recall")).isEqualTo("1");
		assertThat(browser.text("#reached")).contains(lotCode, packed);
		assertThat(browser.text("#receivers")).contains("维多利超市", packed, "200");
		assertThat(browser.find("#recall-csv").getDomAttribute("href")).endsWith("/api/v1/lots/" + lotCode + "/recall.csv");
		browser.screenshot("bureau-recall-zh");

		// The trace graph: drawn from the WebJar's ECharts, and the same lots in the table, each linked.
		browser.open("/bureau/lots/" + lotCode + "/trace?depth=all").waitFor("#trace-graph canvas", 10);
		assertThat(browser.all("#trace-table tr[data-lot='" + packed + "']")).hasSize(1);
		assertThat(browser.find("#trace-table tr[data-lot='" + packed + "'] a").getDomAttribute("href"))
			.isEqualTo("/bureau/lots/" + packed + "/trace");
		browser.screenshot("bureau-trace-zh");
		browser.open("/bureau/lots/" + packed + "/trace");
		assertThat(browser.all("#trace-table tr[data-lot='" + lotCode + "']")).hasSize(1);

		// The recall is in the audit chain, which verifies from a button.
		browser.open("/bureau/audit");
		assertThat(browser.all("#audit-entries tr[data-action='LOT_RECALLED']")).isNotEmpty();
		assertThat(browser.find("#audit-verify").getDomAttribute("href")).isEqualTo("/bureau/audit?verify=true");
		browser.screenshot("bureau-audit-zh");
		String verified = new PageSession(port).login("bureau", "bureau-demo").get("/bureau/audit?verify=true").body();
		assertThat(verified).contains("data-valid=\"true\"", "审计链完好");
	}

	private String labelPath(String lotCode) {
		JsonNode issued = registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", 1));
		URI uri = URI.create(issued.get("labels").get(0).get("uri").asString());
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}
}
