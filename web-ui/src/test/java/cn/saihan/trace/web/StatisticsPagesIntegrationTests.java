package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import cn.saihan.trace.testing.RegistryClient;

/**
 * The bureau's statistics pages in headless Chromium at phone size: computing indicator 12 and
 * seeing its charts drawn, importing lots from CSV and reading which lines failed.
 */
class StatisticsPagesIntegrationTests extends BrowserPageTests {

	@Test
	void theBureauComputesIndicator12AndSeesTheChartsDrawn() {
		LocalDate today = LocalDate.now(clock);
		long producer = registry.producer("赛音不浪网纹瓜合作社", "yulin");
		registry.certification(producer, "ORGANIC", RegistryClient.freshOrganicNumber(), List.of("SYBL-MELON"),
				today.minusMonths(6), today.plusMonths(5));
		registry.lot(producer, "SYBL-MELON", today, "1000", "12");
		registry.lot(producer, "QGT-PERILLA", today, "200", "20");

		browser.login("bureau", "bureau-demo").open("/bureau/indicator12?year=" + today.getYear());
		// The official total output value becomes the denominator.
		browser.type("#totalYuan", "abc").submit("#official-submit");
		assertThat(browser.text("#official-output .has-error .error")).isEqualTo("请填写数字（元），例如 2350000000");
		browser.type("#totalYuan", "2350000000").submit("#official-submit");
		assertThat(browser.text(".notice")).startsWith("官方农业总产值已保存");
		browser.submit("#run");
		// The progress page reloads itself until the run has finished, then leads to the dashboard.
		browser.waitFor("#headline", 30);
		assertThat(browser.text(".notice")).isEqualTo("计算完成。");
		assertThat(browser.text("#headline .big")).endsWith("%");
		assertThat(browser.bodyText()).contains("以官方农业总产值为分母", "¥2,350,000,000.00");
		browser.waitUntil("return !!document.querySelector('#chart-towns canvas')", 10);
		long painted = (Long) browser.script("""
				var canvas = document.querySelector('#chart-towns canvas');
				var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				var painted = 0;
				for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { painted++; } }
				return painted;""");
		assertThat(painted).as("painted pixels of the town chart").isGreaterThan(1000L);
		assertThat(browser.find("#csv").getDomAttribute("href")).isEqualTo("/api/v1/stats/indicator12.csv?year=" + today.getYear());
		browser.scrollTo("#headline").screenshot("indicator12-zh");
		browser.scrollTo("#chart-towns").screenshot("indicator12-towns-zh");
	}

	@Test
	void theBureauImportsLotsFromCsvAndReadsWhichLinesFailed() throws Exception {
		long producer = registry.producer("金河镇苦瓜合作社", "jinhe");
		String creditCode = registry.get("/api/v1/producers/" + producer).get("creditCode").asString();
		LocalDate today = LocalDate.now(clock);
		Path csv = Files.createDirectories(Path.of("target", "imports")).resolve("lots-" + producer + ".csv");
		Files.writeString(csv, String.join("\n",
				"creditCode,productCode,harvestDate,quantityKg,unitPriceYuan,lotCode,plot,village",
				creditCode + ",BY-BITTERGOURD," + today + ",500,7.5,BY-IMP-" + producer + ",一号棚,金河村",
				creditCode + ",BY-BITTERGOURD," + today + ",-3,7.5,BY-BAD-" + producer + ",,") + "\n",
				StandardCharsets.UTF_8);

		browser.login("bureau", "bureau-demo").open("/bureau/imports");
		browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
		browser.submit("#import-submit");
		assertThat(browser.text("#read")).isEqualTo("2");
		assertThat(browser.text("#written")).isEqualTo("1");
		assertThat(browser.text("#skipped")).isEqualTo("1");
		assertThat(browser.text("#errors tbody tr td:first-child")).isEqualTo("3");
		browser.screenshot("import-report-zh");
	}

	@Test
	void theImportReportGivesEachReasonInChineseAndSoDoesABadHeader() throws Exception {
		long producer = registry.producer("黄合少镇番茄导入合作社", "huangheshao");
		String creditCode = registry.get("/api/v1/producers/" + producer).get("creditCode").asString();
		LocalDate today = LocalDate.now(clock);
		Path dir = Files.createDirectories(Path.of("target", "imports"));
		Path csv = dir.resolve("reasons-" + producer + ".csv");
		Files.writeString(csv, String.join("\n",
				"creditCode,productCode,harvestDate,quantityKg,unitPriceYuan,lotCode,plot,village",
				creditCode + ",TPZ-TOMATO,2026-13-01,10,3.5,,,",
				creditCode + ",TPZ-TOMATO," + today + ",0,3.5,,,",
				creditCode + ",TPZ-TOMATO," + today.plusDays(1) + ",十斤,3.5,,,") + "\n", StandardCharsets.UTF_8);

		browser.login("bureau", "bureau-demo").open("/bureau/imports");
		browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
		browser.submit("#import-submit");
		assertThat(browser.text("#skipped")).isEqualTo("3");
		assertThat(browser.all("#errors tbody tr td:nth-child(2)")).extracting(cell -> cell.getText()).containsExactly(
				"采收日期“2026-13-01”不是有效的日期，应写成 2025-07-18 或 2025/7/18",
				"数量必须大于 0 公斤",
				"数量“十斤”不是数字；采收日期不能晚于今天");
		browser.scrollTo("#errors").screenshot("import-reasons-zh");

		// A header the rows cannot be read by: every problem named, in Chinese as well.
		Path badHeader = dir.resolve("header-" + producer + ".csv");
		Files.writeString(badHeader, "creditCode,productCode,productCode,quantity\n", StandardCharsets.UTF_8);
		browser.find("#file").sendKeys(badHeader.toAbsolutePath().toString());
		browser.submit("#import-submit");
		assertThat(browser.text(".alert")).startsWith("文件第一行不是要求的表头");
		assertThat(browser.all("#header-problems li")).extracting(item -> item.getText()).containsExactly(
				"表头中“productCode”列出现了两次", "表头中的“quantity”不是可以导入的列", "表头缺少“harvestDate”列",
				"表头缺少“quantityKg”列", "表头缺少“unitPriceYuan”列");
		browser.screenshot("import-header-zh");
	}

	@Test
	void theChartLibraryTravelsCompressedToABrowserThatAcceptsIt() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		URI script = URI.create("http://localhost:" + port + "/webjars/echarts/dist/echarts.min.js");
		HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(script).build(), HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(script).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
		try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(unzipped.readAllBytes()).isEqualTo(plain.body());
		}
	}
}
