package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Test
	void aConsumerScansAGenuineLabelAndSeesProductCertificateAndVerdict() {
		LocalDate today = LocalDate.now(clock);
		long producer = registry.producer("黑沙图火龙果合作社", "jinhe");
		String number = RegistryClient.freshGreenNumber();
		// Lapsed before the harvest, valid on it, and valid on it but revoked since.
		String lapsed = RegistryClient.freshGreenNumber();
		registry.certification(producer, "GREEN", lapsed, List.of("HST-PITAYA"), today.minusYears(4),
				today.minusYears(1).minusDays(1));
		registry.certification(producer, "GREEN", number, List.of("HST-PITAYA"), today.minusYears(1),
				today.plusYears(1));
		String organic = RegistryClient.freshOrganicNumber();
		long revoked = registry.certification(producer, "ORGANIC", organic, List.of("HST-PITAYA"),
				today.minusMonths(6), today.plusMonths(5));
		registry.asBureau().post().uri("/api/v1/certifications/{id}/revocation", revoked)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("revokedAt", today.toString(), "reason", "飞行检查发现使用禁用农药")).exchange().expectStatus().isOk();
		String lotCode = registry.lot(producer, "HST-PITAYA", today.minusDays(2), "800", "25").get("lotCode")
			.asString();
		// The bureau enters a laboratory's inspection with its report; the producer records its own.
		long lab = registry.asBureau().post().uri("/api/v1/lots/{lot}/events", lotCode).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("type", "INSPECTED", "occurredAt", today.minusDays(1) + "T10:00:00+08:00", "location",
					"金河镇", "recordedAs", "LAB", "details", Map.of("lab", "呼和浩特市农产品质量检测中心", "result", "PASS",
							"items", List.of("农药残留"))))
			.exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
			.get("id").asLong();
		registry.asBureau().post().uri("/api/v1/lots/{lot}/events/{id}/report", lotCode, lab)
			.contentType(MediaType.MULTIPART_FORM_DATA).body(Uploads.file("file", PDF, "化验单.pdf"))
			.exchange().expectStatus().isCreated();
		registry.farmerOf(producer).post().uri("/api/v1/lots/{lot}/events", lotCode).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("type", "INSPECTED", "occurredAt", today.minusDays(1) + "T16:00:00+08:00", "location",
					"金河镇", "details", Map.of("lab", "合作社自检室", "result", "PASS", "items", List.of("外观"))))
			.exchange().expectStatus().isCreated();
		String label = labelPaths(lotCode, 1).get(0);

		browser.signOut().open(label);
		assertThat(browser.find("#verdict").getDomAttribute("data-verdict")).isEqualTo("GENUINE");
		assertThat(browser.text("#verdict h1")).contains("正品标签");
		assertThat(browser.text("#verdict")).contains("已有 1 部不同的手机查询过此标签");
		assertThat(browser.text("#product-name")).isEqualTo("黑沙图红心火龙果");
		assertThat(browser.text("#producer")).isEqualTo("黑沙图火龙果合作社");
		assertThat(browser.text("#origin")).startsWith("金河镇");
		// What decides comes first: certificates valid on the harvest date; the lapsed one folds away.
		assertThat(browser.all("#deciding > li")).extracting(li -> li.getDomAttribute("data-number"))
			.containsExactly(organic, number);
		assertThat(browser.text("#deciding li[data-number='" + number + "'] .on-harvest")).isEqualTo("有效");
		assertThat(browser.text("#deciding li[data-number='" + number + "'] .today")).isEqualTo("有效");
		assertThat(browser.text("#deciding li[data-number='" + organic + "'] .today")).isEqualTo("已撤销");
		assertThat(browser.text("#deciding li[data-number='" + organic + "'] .revocation"))
			.isEqualTo(today + " 起撤销，原因：飞行检查发现使用禁用农药");
		assertThat(browser.text("#other-certifications summary")).isEqualTo("其他证书（1 个，采收当天不适用）");
		assertThat(browser.find("#other-certifications li[data-number='" + lapsed + "']").isDisplayed()).isFalse();
		// Who recorded each inspection, and the laboratory's report to open.
		assertThat(browser.text("#inspections")).contains("合格", "呼和浩特市农产品质量检测中心", "农药残留", "合作社自检室");
		assertThat(browser.all("#inspections .recorder")).extracting(badge -> badge.getText())
			.containsExactlyInAnyOrder("检测机构", "自报");
		String report = "/api/v1/lots/" + lotCode + "/events/" + lab + "/report";
		assertThat(browser.find("#inspections a.report-link").getDomAttribute("href")).isEqualTo(report);
		assertThat(browser.text("#inspections a.report-link")).startsWith("查看检测报告（PDF，");
		assertThat(browser.find("#compliance-contact a").getDomAttribute("href")).isEqualTo("tel:13800000000");
		assertThat(browser.text("#timeline")).contains("采收", "检测");
		browser.screenshot("consumer-genuine-zh");
		browser.scrollTo("#certifications").screenshot("consumer-certifications-zh");
		browser.scrollTo("#inspections").screenshot("consumer-inspections-zh");
		assertThat(registry.anonymous().get().uri(report).exchange().expectStatus().isOk()
			.expectHeader().contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class).returnResult().getResponseBody()).isEqualTo(PDF);

		// Reloads are the same phone: counted once.
		browser.open(label).open(label);
		assertThat(browser.text("#verdict")).contains("已有 1 部不同的手机查询过此标签", "这部手机之前已经查询过这个标签");

		// Scanned by more phones (as a copied label would be), the page warns with the first scan time.
		for (int i = 0; i < 5; i++) {
			assertThat(new PageSession(port).get(label).statusCode()).isEqualTo(200);
		}
		browser.open(label);
		assertThat(browser.find("#verdict").getDomAttribute("data-verdict")).isEqualTo("SCANNED_BEFORE");
		assertThat(browser.text("#verdict h1")).contains("已有 6 部不同的手机查询过此标签");
		browser.screenshot("consumer-scanned-before-zh");

		browser.open(label + (label.contains("?") ? "&" : "?") + "lang=en");
		assertThat(browser.text("#verdict h1")).contains("6 different phones have checked this label");
		assertThat(browser.text("#deciding li[data-number='" + number + "']")).contains("Green food", "valid");
		browser.screenshot("consumer-scanned-before-en");
		browser.open("/?lang=zh_CN");
	}

	@Test
	void aConsumerIsToldPlainlyWhenTheCertificateCoversOnlyPartOfTheLotOrNoneOfIt() {
		LocalDate today = LocalDate.now(clock);
		long producer = registry.producer("榆林绿色番茄合作社", "yulin");
		String number = RegistryClient.freshGreenNumber();
		registry.post("/api/v1/producers/" + producer + "/certifications", Map.of("type", "GREEN", "certificateNo",
				number, "productCodes", List.of("TPZ-TOMATO"), "validFrom", today.minusMonths(6).toString(), "validTo",
				today.plusYears(2).toString(), "approvedOutput", Map.of("TPZ-TOMATO", "1000")));
		registry.lot(producer, "TPZ-TOMATO", today.minusDays(3), "800", "6");
		String partLot = registry.lot(producer, "TPZ-TOMATO", today.minusDays(2), "500", "6").get("lotCode").asString();
		String noneLot = registry.lot(producer, "TPZ-TOMATO", today.minusDays(1), "300", "6").get("lotCode").asString();

		String part = labelPaths(partLot, 1).get(0);
		browser.signOut().open(part);
		assertThat(browser.all(".badges .badge")).extracting(badge -> badge.getText()).containsExactly("绿色食品");
		assertThat(browser.text("#over-approved li[data-type='GREEN']"))
			.isEqualTo("超出核准产量：绿色食品证书本身有效，但只覆盖本批次中的 200 公斤，其余 300 公斤超出了证书的核准产量。");
		// the certificate itself still reads valid
		assertThat(browser.text("#deciding li[data-number='" + number + "'] .on-harvest")).isEqualTo("有效");
		browser.screenshot("consumer-over-approved-part-zh");

		String none = labelPaths(noneLot, 1).get(0);
		browser.open(none);
		assertThat(browser.all(".badges .badge")).isEmpty();
		assertThat(browser.text("#over-approved li[data-type='GREEN']"))
			.isEqualTo("超出核准产量：绿色食品证书本身有效，但本批次超出了证书的核准产量，证书不覆盖本批次（300 公斤）。");
		assertThat(browser.text("#deciding li[data-number='" + number + "'] .today")).isEqualTo("有效");
		browser.screenshot("consumer-over-approved-none-zh");
		browser.open(none + (none.contains("?") ? "&" : "?") + "lang=en");
		assertThat(browser.text("#over-approved")).contains("Over the approved output", "Green food");
		browser.open("/?lang=zh_CN");

		// the resolver's JSON carries the same
		JsonNode json = registry.anonymous().get().uri(part)
			.header("Accept", "application/vnd.saihan.consumer+json").exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(json.at("/lot/certifiedKg/GREEN").decimalValue()).isEqualByComparingTo("200");
		assertThat(json.at("/lot/overApprovedOutput/GREEN").decimalValue()).isEqualByComparingTo("300");
		assertThat(json.at("/lot/certifiedTypes/0").asString()).isEqualTo("GREEN");
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
