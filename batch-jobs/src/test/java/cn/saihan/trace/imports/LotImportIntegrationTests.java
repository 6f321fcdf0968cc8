package cn.saihan.trace.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.saihan.trace.jobs.BatchJobsTest;
import cn.saihan.trace.jobs.CsvUpload;
import cn.saihan.trace.jobs.FailingInsertTrigger;
import cn.saihan.trace.jobs.StatsClient;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TestDatabases;
import tools.jackson.databind.JsonNode;

@BatchJobsTest
class LotImportIntegrationTests {

	private static final String HEADER = "creditCode,productCode,harvestDate,quantityKg,unitPriceYuan,lotCode,plot,village";

	@Autowired
	RegistryClient registry;

	@Autowired
	StatsClient stats;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobOperatorTestUtils jobs;

	@Autowired
	@Qualifier("lotImportJob")
	Job lotImportJob;

	@Test
	void importsAUtf8FileWithBomReportsEachBadRowByLineAndKeepsTheGoodOnes() {
		// given
		String creditCode = creditCodeOf(registry.producer("辛合作社", "yulin"));
		String lotCode = "IMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String csv = String.join("\r\n", HEADER,
				creditCode + ",TPZ-TOMATO,2026-07-18,120.5,3.20," + lotCode + ",一号大棚,东干丈村", // line 2: good
				creditCode + ",TPZ-TOMATO,2026-13-01,10,1.00,,,", // line 3: bad date
				creditCode + ",TPZ-TOMATO,2026-07-18,十斤,1.00,,,", // line 4: bad number
				"91350100M000100Y43,TPZ-TOMATO,2026-07-18,10,1.00,,,", // line 5: unknown credit code
				"", // line 6: blank, ignored
				creditCode + ",GCL-PUMPKIN,2026/7/19,3,0.333,,二号地,", // line 7: good, no lot code, Excel date
				creditCode + ",TPZ-TOMATO,2099-01-01,-1,2.00,,,", // line 8: future and not positive
				creditCode + ",NO-SUCH,2026-07-18,1,1.00,,,") // line 9: unknown product
				+ "\r\n";
		byte[] bytes = withBom(csv.getBytes(StandardCharsets.UTF_8));
		Map<String, Long> before = registry.counts();

		// when
		JsonNode report = importFile(bytes, "lots.csv");

		// then
		assertThat(report.get("read").asLong()).isEqualTo(7);
		assertThat(report.get("written").asLong()).isEqualTo(2);
		assertThat(report.get("skipped").asLong()).isEqualTo(5);
		assertThat(report.get("duplicates").asLong()).isZero();
		JsonNode errors = report.get("errors");
		assertThat(lines(errors)).containsExactly(3L, 4L, 5L, 8L, 9L);
		assertThat(errors.get(0).get("message").asString()).contains("harvestDate").contains("2026-13-01");
		assertThat(errors.get(1).get("message").asString()).contains("quantityKg").contains("十斤");
		assertThat(errors.get(2).get("message").asString()).contains("creditCode");
		assertThat(errors.get(3).get("message").asString()).contains("harvestDate: must not be in the future")
			.contains("quantityKg");
		assertThat(errors.get(4).get("message").asString()).contains("productCode");
		// each problem is kept with its message code and arguments, for pages in another language
		long execution = report.get("jobExecutionId").asLong();
		assertThat(jdbc.queryForList("""
				select code from lot_import_error where job_execution_id = ? and line_number = 8
				order by problem_no""", String.class, execution))
			.containsExactly("LotRefusal.HARVEST_IN_FUTURE", "LotRefusal.QUANTITY_NOT_POSITIVE");
		assertThat(jdbc.queryForMap("""
				select field, code, arguments from lot_import_error where job_execution_id = ? and line_number = 3""",
				execution)).containsValues("harvestDate", "ImportRefusal.NOT_A_DATE", "[\"2026-13-01\"]");
		assertThat(registry.counts().get("lot")).isEqualTo(before.get("lot") + 2);
		// every imported lot has its HARVESTED event, like a lot registered over HTTP
		assertThat(registry.counts().get("trace_event")).isEqualTo(before.get("trace_event") + 2);

		JsonNode lot = stats.get("/api/v1/lots/" + lotCode);
		assertThat(lot.get("village").asString()).isEqualTo("东干丈村");
		assertThat(lot.get("plot").asString()).isEqualTo("一号大棚");
		// 120.5 × 3.20 = 385.60
		assertThat(StatsClient.decimal(lot.get("valueYuan"))).isEqualByComparingTo("385.60");
		JsonNode events = stats.get("/api/v1/lots/" + lotCode + "/events");
		assertThat(events.toString()).contains("HARVESTED");
	}

	@Test
	void aHarvestBefore2000BeyondWhatAHarvestCanBeOrWithHiddenCharactersIsARefusedRow() {
		// given
		String creditCode = creditCodeOf(registry.producer("日期导入合作社", "yulin"));
		String csv = String.join("\n", HEADER,
				creditCode + ",TPZ-TOMATO,-999999999-01-01,10,1.00,,,", // line 2
				creditCode + ",TPZ-TOMATO,0000-01-01,10,1.00,,,", // line 3
				creditCode + ",TPZ-TOMATO,1900-01-01,10,1.00,,,", // line 4
				creditCode + ",TPZ-TOMATO,1999/12/31,10,1.00,,,", // line 5
				creditCode + ",TPZ-TOMATO,2000-01-01,10,1.00,,,", // line 6: the first day there may be
				creditCode + ",TPZ-TOMATO,2026-07-18,999999999.999,9999999.9999,,,", // line 7: no harvest is that
				creditCode + ",TPZ-TOMATO,2026-07-18,10,1.00,,\u001b[2J一号地,\u202e村丈干东") // line 8: ESC, a bidi override
				+ "\n";
		Map<String, Long> before = registry.counts();

		// when
		JsonNode report = importFile(csv.getBytes(StandardCharsets.UTF_8), "lots.csv");

		// then
		assertThat(lines(report.get("errors"))).containsExactly(2L, 3L, 4L, 5L, 7L, 8L);
		assertThat(report.get("written").asLong()).isEqualTo(1);
		long execution = report.get("jobExecutionId").asLong();
		assertThat(jdbc.queryForList("""
				select code from lot_import_error where job_execution_id = ? and field = 'harvestDate'
				order by line_number""", String.class, execution))
			.containsExactly("LotRefusal.HARVEST_TOO_EARLY", "LotRefusal.HARVEST_TOO_EARLY",
					"LotRefusal.HARVEST_TOO_EARLY", "LotRefusal.HARVEST_TOO_EARLY");
		assertThat(jdbc.queryForList("""
				select code from lot_import_error where job_execution_id = ? and line_number = 7
				order by problem_no""", String.class, execution))
			.containsExactly("LotRefusal.QUANTITY_TOO_LARGE", "LotRefusal.PRICE_TOO_HIGH");
		assertThat(jdbc.queryForList("""
				select field from lot_import_error where job_execution_id = ? and line_number = 8
				order by problem_no""", String.class, execution)).containsExactly("plot", "village");
		assertThat(registry.counts().get("lot")).isEqualTo(before.get("lot") + 1);
		assertThat(jdbc.queryForObject("select min(harvest_date) from lot", java.sql.Date.class).toLocalDate())
			.isAfterOrEqualTo(java.time.LocalDate.of(2000, 1, 1));
	}

	@Test
	void importsAGbkFileAsExcelSavesItOnAChineseWindows() {
		// given
		String creditCode = creditCodeOf(registry.producer("壬家庭农场", "jinhe"));
		String lotCode = "GBK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String csv = HEADER + "\r\n" + creditCode + ",HST-PITAYA,2026-08-01,50,12.5," + lotCode + ",红心火龙果基地,黑沙图村\r\n";
		byte[] gbk = csv.getBytes(Charset.forName("GBK"));

		// when
		JsonNode report = importFile(gbk, "火龙果.csv");

		// then
		assertThat(report.get("written").asLong()).isEqualTo(1);
		JsonNode lot = stats.get("/api/v1/lots/" + lotCode);
		assertThat(lot.get("plot").asString()).isEqualTo("红心火龙果基地");
		assertThat(lot.get("village").asString()).isEqualTo("黑沙图村");
		// and the import is on the audit record, by the login that sent the file
		String audited = registry.jdbc().queryForObject("""
				select actor || ' ' || content from audit_entry where action = 'LOTS_IMPORTED'
				order by id desc fetch first 1 rows only""", String.class);
		assertThat(audited).startsWith("bureau ").contains("\"firstLotCode\":\"" + lotCode + "\"");
		registry.asBureau().get().uri("/api/v1/audit/verify").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.valid").isEqualTo(true);
	}

	@Test
	void reimportingAFileWritesNothingNewAndCountsItsRowsAsDuplicates() {
		// given a file whose rows mostly have no lot code, imported once
		String creditCode = creditCodeOf(registry.producer("癸合作社", "bayan"));
		String csv = String.join("\n", HEADER,
				creditCode + ",TPZ-TOMATO,2026-06-01,10,2.00,,,",
				creditCode + ",TPZ-TOMATO,2026-06-01,10,2.00,,,", // the same row again: the same lot
				creditCode + ",TPZ-TOMATO,2026-06-02,10,2.00,,三号棚,",
				creditCode + ",TPZ-TOMATO,2026-06-03,10,2.00,DUP-" + UUID.randomUUID().toString().substring(0, 8)
						.toUpperCase() + ",,",
				creditCode + ",TPZ-TOMATO,not a date,10,2.00,,,") + "\n";
		JsonNode first = importFile(csv.getBytes(StandardCharsets.UTF_8), "a.csv");
		assertThat(first.get("written").asLong()).isEqualTo(3);
		assertThat(first.get("duplicates").asLong()).isEqualTo(1);
		Map<String, Long> before = registry.counts();

		// when
		JsonNode second = importFile(csv.getBytes(StandardCharsets.UTF_8), "a.csv");

		// then
		assertThat(second.get("read").asLong()).isEqualTo(5);
		assertThat(second.get("written").asLong()).isZero();
		assertThat(second.get("duplicates").asLong()).isEqualTo(4);
		assertThat(second.get("skipped").asLong()).isEqualTo(1);
		assertThat(lines(second.get("errors"))).containsExactly(6L);
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void aFailingImportStoresNothingOfTheFile() {
		// The failure is injected with an H2 trigger written in Java; PostgreSQL has no such trigger.
		assumeFalse(TestDatabases.onPostgres(), "failure injection by an H2 Java trigger");
		// given five good rows, written two by two, and a database that fails on the third event
		String creditCode = creditCodeOf(registry.producer("子合作社", "yulin"));
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int i = 1; i <= 5; i++) {
			csv.append(creditCode).append(",TPZ-TOMATO,2026-05-0").append(i).append(",1,1.00,,,\n");
		}
		Map<String, Long> before = registry.counts();
		FailingInsertTrigger.failAfter(2);
		jdbc.execute("create trigger fail_trace_event before insert on trace_event for each row call '"
				+ FailingInsertTrigger.class.getName() + "'");
		try {
			// when
			registry.asBureau().post().uri("/api/v1/imports/lots").contentType(MediaType.MULTIPART_FORM_DATA)
				.body(CsvUpload.of(csv.toString().getBytes(StandardCharsets.UTF_8), "lots.csv"))
				.exchange()
				// then
				.expectStatus().is5xxServerError()
				.expectBody()
				.jsonPath("$.jobExecutionId").exists()
				// the cause stays in the server log
				.jsonPath("$.detail").value(detail -> assertThat(detail.toString())
					.contains("failed, see the server log (reference job-execution-")
					.doesNotContain("Simulated").doesNotContain("Exception").doesNotContainIgnoringCase("trace_event"));
		}
		finally {
			jdbc.execute("drop trigger fail_trace_event");
		}
		assertThat(registry.counts()).isEqualTo(before);
	}

	/** The bureau's Excel workbook: Chinese titles, date and number cells, reported by the sheet's row numbers. */
	@Test
	void importsAnExcelWorkbookWithChineseTitlesReportingEachBadRowByItsSheetRow() {
		// given
		String creditCode = creditCodeOf(registry.producer("寅合作社", "yulin"));
		String lotCode = "XLS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		byte[] workbook = Workbooks.of(
				new Object[] { "生产主体统一社会信用代码", "产品代码", "采收日期", "数量（公斤）", "单价（元/公斤）", "批次编号", "地块", "村" },
				new Object[] { creditCode, "TPZ-TOMATO", java.time.LocalDate.of(2026, 7, 18), 1200, 4.5, lotCode, "一号大棚", "东干丈村" }, // row 2
				new Object[] { creditCode, "TPZ-TOMATO", "2026-07-19", "十斤", 4.5, null, null, null }, // row 3: bad number
				null, // row 4: empty
				new Object[] { creditCode, "GCL-PUMPKIN", "2026/7/20", 300.5, 1.8, null, "二号地", null }); // row 5
		Map<String, Long> before = registry.counts();

		// when
		JsonNode report = importFile(workbook, "批次.xlsx");

		// then
		assertThat(report.get("read").asLong()).isEqualTo(3);
		assertThat(report.get("written").asLong()).isEqualTo(2);
		assertThat(lines(report.get("errors"))).containsExactly(3L);
		assertThat(report.get("errors").get(0).get("message").asString()).contains("quantityKg").contains("十斤");
		assertThat(registry.counts().get("lot")).isEqualTo(before.get("lot") + 2);
		JsonNode lot = stats.get("/api/v1/lots/" + lotCode);
		assertThat(lot.get("harvestDate").asString()).isEqualTo("2026-07-18");
		// 1200 × 4.5, read as numbers whatever the cells show ("1,200.00")
		assertThat(StatsClient.decimal(lot.get("valueYuan"))).isEqualByComparingTo("5400.00");

		// and again: the same rules, so nothing new
		JsonNode again = importFile(workbook, "批次.xlsx");
		assertThat(again.get("written").asLong()).isZero();
		assertThat(again.get("duplicates").asLong()).isEqualTo(2);
	}

	@Test
	void readsChineseTitlesInACsvWithFullWidthBracketsToo() {
		String creditCode = creditCodeOf(registry.producer("卯合作社", "jinhe"));
		String csv = "生产主体统一社会信用代码,产品代码,采收日期,数量（公斤）,单价（元／公斤）,地块\r\n"
				+ creditCode + ",HST-PITAYA,2026-08-02,40,15,温室\r\n";
		JsonNode report = importFile(withBom(csv.getBytes(StandardCharsets.UTF_8)), "中文表头.csv");
		assertThat(report.get("written").asLong()).isEqualTo(1);
		assertThat(report.get("errors")).isEmpty();
	}

	/** The templates carry the Chinese titles and an example row, and the workbook's example imports as it is. */
	@Test
	void theTemplatesHaveTheChineseTitlesAndAnExampleRowThatImports() throws Exception {
		byte[] csv = registry.anonymous().get().uri("/api/v1/imports/lots/template.csv").exchange().expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith("text/csv")
			.expectBody(byte[].class).returnResult().getResponseBody();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF生产主体统一社会信用代码,产品代码,采收日期,数量(公斤),单价(元/公斤),批次编号,地块,村\r\n"
				+ LotImportTemplate.EXAMPLE_CREDIT_CODE + ",TPZ-TOMATO,");

		byte[] xlsx = registry.anonymous().get().uri("/api/v1/imports/lots/template.xlsx").exchange()
			.expectStatus().isOk()
			.expectHeader().contentType(LotImportTemplate.XLSX_MEDIA_TYPE)
			.expectHeader().value("Content-Disposition", disposition -> assertThat(disposition).contains("xlsx"))
			.expectBody(byte[].class).returnResult().getResponseBody();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("批次");
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("数量(公斤)");
			assertThat(workbook.getSheet("填写说明").getRow(1).getCell(0).getStringCellValue()).isEqualTo("生产主体统一社会信用代码");
			assertThat(workbook.getSheet("产品代码").getRow(1).getCell(0).getStringCellValue()).isNotBlank();
		}

		// The example's producer registered (the demo data has it): the untouched template imports its example.
		if (registry.jdbc().queryForObject("select count(*) from producer where credit_code = ?", Long.class,
				LotImportTemplate.EXAMPLE_CREDIT_CODE) == 0) {
			registry.post("/api/v1/producers", Map.of("name", "榆林镇东干丈生态农场", "type", "FAMILY_FARM", "creditCode",
					LotImportTemplate.EXAMPLE_CREDIT_CODE, "townCode", "yulin", "village", "东干丈村"));
		}
		JsonNode report = importFile(xlsx, "批次导入模板.xlsx");
		assertThat(report.get("read").asLong()).isEqualTo(1);
		assertThat(report.get("written").asLong() + report.get("duplicates").asLong()).isEqualTo(1);
		assertThat(report.get("errors")).isEmpty();
	}

	@Test
	void anOldExcelFileOrABrokenWorkbookIsRefusedAndNothingWritten() {
		Map<String, Long> before = registry.counts();
		registry.asBureau().post().uri("/api/v1/imports/lots").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(CsvUpload.of(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
					(byte) 0xE1 }, "lots.xls"))
			.exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("file")
			.jsonPath("$.errors[0].message").value(message -> assertThat(message.toString()).contains(".xls", ".xlsx"));
		registry.asBureau().post().uri("/api/v1/imports/lots").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(CsvUpload.of("PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1), "lots.xlsx"))
			.exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].message")
			.value(message -> assertThat(message.toString()).startsWith("cannot be read as an Excel workbook"));
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void refusesAFileWithoutTheRequiredColumnsNamingEachProblem() {
		registry.asBureau().post().uri("/api/v1/imports/lots").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(CsvUpload.of("creditCode,productCode,quantity\n".getBytes(StandardCharsets.UTF_8), "x.csv"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("file")
			.jsonPath("$.errors[0].code").isEqualTo("ImportRefusal.HEADER_UNKNOWN_COLUMN")
			.jsonPath("$.errors[0].message").value(message -> assertThat(message.toString()).contains("'quantity'"))
			.jsonPath("$.errors[*].code").value(codes -> assertThat(codes.toString())
				.contains("ImportRefusal.HEADER_COLUMN_MISSING"))
			.jsonPath("$.errors.length()").isEqualTo(4);
	}

	@Test
	void theJobImportsAFileOnItsOwn(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		// given
		String creditCode = creditCodeOf(registry.producer("丑合作社", "huangheshao"));
		Path file = dir.resolve("lots.csv");
		Files.writeString(file, HEADER + "\n" + creditCode + ",SYBL-MELON,2026-09-09,7,8.125,,,\n");
		jobs.setJob(lotImportJob);

		// when
		var execution = jobs.startJob(new JobParametersBuilder().addString("importId", UUID.randomUUID().toString())
			.addString("file", file.toString(), false)
			.addString("charset", "UTF-8", false)
			.addString("recordedBy", "bureau", false)
			.toJobParameters());

		// then 7 × 8.125 = 56.875 → 56.88
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		var step = execution.getStepExecutions().iterator().next();
		assertThat(step.getReadCount()).isEqualTo(1);
		assertThat(step.getWriteCount()).isEqualTo(1);
		assertThat(jdbc.queryForObject("""
				select l.value_yuan from lot l join producer p on p.id = l.producer_id
				where p.credit_code = ?""", java.math.BigDecimal.class, creditCode)).isEqualByComparingTo("56.88");
	}

	private JsonNode importFile(byte[] bytes, String name) {
		RestTestClient client = registry.asBureau();
		String body = client.post().uri("/api/v1/imports/lots").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(CsvUpload.of(bytes, name))
			.exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		return StatsClient.EXACT.readTree(body);
	}

	@Test
	void anImportsRowsDrawOnTheApprovedOutputInFileOrder() {
		// given a green licence approving 100 kg of tomatoes a year (2013 is this test's, for indicator 12)
		long producer = registry.producer("子合作社", "yulin");
		registry.post("/api/v1/producers/" + producer + "/certifications", Map.of("type", "GREEN", "certificateNo",
				RegistryClient.freshGreenNumber(), "productCodes", List.of("TPZ-TOMATO"), "validFrom", "2013-01-01",
				"validTo", "2015-12-31", "approvedOutput", Map.of("TPZ-TOMATO", "100")));
		String prefix = "ORD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String creditCode = creditCodeOf(producer);
		String csv = String.join("\r\n", HEADER,
				creditCode + ",TPZ-TOMATO,2013-08-01,60,2.00," + prefix + "-A,,", // first in the file, harvested last
				creditCode + ",TPZ-TOMATO,2013-06-01,60,2.00," + prefix + "-B,,",
				creditCode + ",TPZ-TOMATO,2013-07-01,10,2.00," + prefix + "-C,,") + "\r\n";

		// when
		JsonNode report = importFile(csv.getBytes(StandardCharsets.UTF_8), "lots.csv");

		// then the rows drew in the order of the file, not of their harvest dates
		assertThat(report.get("written").asLong()).isEqualTo(3);
		JsonNode a = stats.get("/api/v1/lots/" + prefix + "-A");
		JsonNode b = stats.get("/api/v1/lots/" + prefix + "-B");
		JsonNode c = stats.get("/api/v1/lots/" + prefix + "-C");
		assertThat(StatsClient.decimal(a.at("/certified/GREEN/kg"))).isEqualByComparingTo("60");
		assertThat(StatsClient.decimal(b.at("/certified/GREEN/kg"))).isEqualByComparingTo("40");
		assertThat(StatsClient.decimal(b.at("/overApprovedOutput/GREEN"))).isEqualByComparingTo("20");
		assertThat(c.get("certifiedTypes").isEmpty()).isTrue();
		assertThat(StatsClient.decimal(c.at("/overApprovedOutput/GREEN"))).isEqualByComparingTo("10");
	}

	private String creditCodeOf(long producerId) {
		return registry.get("/api/v1/producers/" + producerId).get("creditCode").asString();
	}

	private static List<Long> lines(JsonNode errors) {
		List<Long> lines = new java.util.ArrayList<>();
		errors.forEach(e -> lines.add(e.get("line").asLong()));
		return lines;
	}

	private static byte[] withBom(byte[] bytes) {
		byte[] out = new byte[bytes.length + 3];
		out[0] = (byte) 0xEF;
		out[1] = (byte) 0xBB;
		out[2] = (byte) 0xBF;
		System.arraycopy(bytes, 0, out, 3, bytes.length);
		return out;
	}
}
