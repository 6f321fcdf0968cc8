package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
		// As copied from a statistics table: grouping commas are read, not refused.
		browser.type("#totalYuan", "2,350,000,000").submit("#official-submit");
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

	/**
	 * 2011 to 2013 belong to this test. A year's trend follows the previous year's latest run without
	 * running the year again; a year without lots says what would give it figures instead of drawing
	 * empty charts; years are written as years ("2012 年", never "2,012 年").
	 */
	@Test
	void theDashboardShowsTheTrendAgainstThePreviousYearsLatestRunAndSaysWhatAnEmptyYearNeeds() {
		long producer = registry.producer("赛罕历年番茄合作社", "huangheshao");
		registry.certification(producer, "GREEN", RegistryClient.freshGreenNumber(), List.of("TPZ-TOMATO"),
				LocalDate.of(2012, 1, 1), LocalDate.of(2014, 12, 31));
		registry.lot(producer, "TPZ-TOMATO", LocalDate.of(2012, 7, 1), "1000", "4");
		registry.lot(producer, "GCL-PUMPKIN", LocalDate.of(2012, 8, 1), "1000", "4");
		registry.lot(producer, "GCL-PUMPKIN", LocalDate.of(2011, 8, 1), "1000", "4");

		browser.login("bureau", "bureau-demo");
		compute(2012);
		assertThat(browser.text("select[name=year] option:checked")).isEqualTo("2012 年");
		assertThat(browser.text("#run")).isEqualTo("计算 2012 年");
		assertThat(browser.text("#headline .hint")).isEqualTo("上年没有结果，无法判断趋势");

		// The previous year is computed after this one: this year's trend follows at once.
		compute(2011);
		browser.open("/bureau/indicator12?year=2012");
		assertThat(browser.text("#headline .hint")).contains("比上年上升", "上年 0.0000%");
		browser.scrollTo("#headline").screenshot("indicator12-trend-after-previous-year-zh");

		compute(2013);
		assertThat(browser.text("#empty-year h2")).isEqualTo("2013 年没有登记采收批次");
		assertThat(browser.text("#empty-year")).contains("请先导入批次表格或登记批次");
		assertThat(browser.all("#chart-trend")).isEmpty();
		assertThat(browser.text("#headline .big")).isEqualTo("—");
		assertThat(browser.text("#headline .hint")).contains("上年 50.0000%").doesNotContain("上年没有结果");
		browser.screenshot("indicator12-empty-year-zh");

		// Without a year the dashboard opens on the latest year that has a result, not on an empty current year.
		Integer latest = registry.jdbc().queryForObject("select max(stat_year) from indicator12_result", Integer.class);
		browser.open("/bureau/indicator12");
		assertThat(browser.text("select[name=year] option:checked")).isEqualTo(latest + " 年");
		assertThat(browser.all("select[name=year] option")).extracting(option -> option.getText())
			.contains("2011 年", "2012 年", "2013 年").noneMatch(year -> year.contains(","));

		// A year that is no year: a page in Chinese saying which value of the link is wrong.
		browser.open("/bureau/indicator12?year=abc");
		assertThat(browser.text("#error-title")).isEqualTo("请求有误");
		assertThat(browser.text("#error-parameter")).isEqualTo("“年份”不能是“abc”。");
		browser.screenshot("indicator12-bad-year-zh");
	}

	/** 2009 belongs to this test: the plan's appendix share and the value over the approved output. */
	@Test
	void theDashboardShowsTheAppendixShareAndTheValueOverTheApprovedOutputWithItsLots() {
		long producer = registry.producer("二〇〇九网纹瓜合作社", "jinhe");
		registry.post("/api/v1/producers/" + producer + "/certifications", Map.of("type", "GREEN", "certificateNo",
				RegistryClient.freshGreenNumber(), "productCodes", List.of("SYBL-MELON"), "validFrom", "2009-01-01",
				"validTo", "2011-12-31", "approvedOutput", Map.of("SYBL-MELON", "100")));
		registry.post("/api/v1/producers/" + producer + "/certifications", Map.of("type", "MINGTEYOUXIN",
				"certificateNo", "CAQS-MTYX-20090001", "productCodes", List.of("SYBL-MELON"), "validFrom", "2009-01-01",
				"validTo", "2011-12-31"));
		// 150 kg × 10.00 = 1,500.00: green for 100 kg (1,000.00), 50 kg (500.00) over; 名特优新 all of it
		String lot = registry.lot(producer, "SYBL-MELON", LocalDate.of(2009, 7, 1), "150", "10").get("lotCode").asString();

		browser.login("bureau", "bureau-demo");
		compute(2009);
		assertThat(browser.text("#headline .big")).isEqualTo("66.6667%");
		assertThat(browser.text("#specialty .big")).isEqualTo("100.0000%");
		assertThat(browser.text("#specialty .hint")).isEqualTo("产值 ¥1,500.00");
		assertThat(browser.text("#over-approved-value .big")).isEqualTo("¥500.00");
		browser.scrollTo("#headline").screenshot("indicator12-appendix-share-zh");
		browser.click("#over-approved-link");
		assertThat(browser.path()).isEqualTo("/bureau/certifications/over-approved?year=2009");
		assertThat(browser.text("#over-approved-lots li[data-lot='" + lot + "']")).contains("超出 50 公斤");
	}

	/** Runs a year from its dashboard and waits until the progress page has led back to it. */
	private void compute(int year) {
		browser.open("/bureau/indicator12?year=" + year).submit("#run");
		browser.waitFor(".notice", 30);
		assertThat(browser.text(".notice")).isEqualTo("计算完成。");
	}

	/** The registry's own check answers on the page, next to the town it names; 2014 belongs to this test. */
	@Test
	void theDashboardRefusesTownFiguresOverTheDistrictTotalAndStoresNothing() {
		long before = registry.count("official_output") + registry.count("official_town_output");
		browser.login("bureau", "bureau-demo").open("/bureau/indicator12?year=2014");

		browser.type("#totalYuan", "1000").click("#official-towns summary").type("#town-yulin", "86870")
			.submit("#official-submit");
		assertThat(browser.text("#official-towns .field.has-error .error")).isEqualTo("86870 元超过了全区农业总产值 1000 元");
		assertThat(browser.value("#town-yulin")).isEqualTo("86870");
		browser.scrollTo("#official-towns").screenshot("official-output-town-over-total-zh");

		browser.type("#town-yulin", "600").type("#town-jinhe", "400.01").submit("#official-submit");
		assertThat(browser.text("#official-towns > .error")).isEqualTo("各街镇合计 1000.01 元，超过了全区农业总产值 1000 元");

		assertThat(registry.count("official_output") + registry.count("official_town_output")).isEqualTo(before);
		registry.asBureau().get().uri("/api/v1/stats/official-output/2014").exchange().expectStatus().isNotFound();

		browser.type("#town-jinhe", "400").submit("#official-submit");
		assertThat(browser.text(".notice")).startsWith("官方农业总产值已保存");
		assertThat(registry.getAsBureau("/api/v1/stats/official-output/2014").get("byTown").size()).isEqualTo(2);
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
		assertThat(browser.text("#header")).startsWith("生产主体统一社会信用代码,产品代码,采收日期");
		assertThat(browser.find("#template-xlsx").getDomAttribute("href")).isEqualTo("/api/v1/imports/lots/template.xlsx");
		assertThat(browser.find("#template-csv").getDomAttribute("href")).isEqualTo("/api/v1/imports/lots/template.csv");
		browser.screenshot("import-form-zh");
		browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
		browser.submit("#import-submit");
		assertThat(browser.text("#read")).isEqualTo("2");
		assertThat(browser.text("#written")).isEqualTo("1");
		assertThat(browser.text("#skipped")).isEqualTo("1");
		assertThat(browser.text("#errors tbody tr td:first-child")).isEqualTo("3");
		browser.screenshot("import-report-zh");

		// The bureau's own Excel workbook, Chinese titles and all: rows are reported by the sheet's row numbers.
		Path xlsx = csv.resolveSibling("lots-" + producer + ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			Sheet sheet = workbook.createSheet("批次");
			String[][] rows = { { "生产主体统一社会信用代码", "产品代码", "采收日期", "数量（公斤）", "单价（元/公斤）", "批次编号" },
					{ creditCode, "BY-BITTERGOURD", today.toString(), "800", "7", "BY-XLS-" + producer },
					null,
					{ creditCode, "NO-SUCH", today.toString(), "5", "7", "" } };
			for (int r = 0; r < rows.length; r++) {
				if (rows[r] != null) {
					Row row = sheet.createRow(r);
					for (int c = 0; c < rows[r].length; c++) {
						row.createCell(c).setCellValue(rows[r][c]);
					}
				}
			}
			workbook.write(out);
		}
		browser.find("#file").sendKeys(xlsx.toAbsolutePath().toString());
		browser.submit("#import-submit");
		assertThat(browser.text("#written")).isEqualTo("1");
		assertThat(browser.text("#errors tbody tr td:first-child")).isEqualTo("4");
		browser.screenshot("import-report-xlsx-zh");

		Path xls = Files.write(csv.resolveSibling("old-" + producer + ".xls"),
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 });
		browser.find("#file").sendKeys(xls.toAbsolutePath().toString());
		browser.submit("#import-submit");
		assertThat(browser.text("#import-refused")).startsWith("这是 Excel 97-2003 工作簿（.xls）");
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
		assertThat(browser.text("#import-alert")).startsWith("文件第一行不是要求的表头");
		assertThat(browser.all("#import-refused li")).extracting(item -> item.getText()).containsExactly(
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
