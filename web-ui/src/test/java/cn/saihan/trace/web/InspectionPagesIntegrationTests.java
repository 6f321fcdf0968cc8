package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * An inspection recorded on the lot page in headless Chromium at phone size: by the producer itself
 * (自报) with a photo of the lab's report, by the bureau on a laboratory's behalf (检测机构); a file
 * that only calls itself a PDF is refused and nothing is stored.
 */
class InspectionPagesIntegrationTests extends BrowserPageTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Test
	void aProducerRecordsItsInspectionWithAReportAndTheBureauALaboratorysOnItsBehalf() throws Exception {
		long producer = registry.producer("格此老南瓜合作社", "jinhe");
		String lotCode = registry.lot(producer, "GCL-PUMPKIN", LocalDate.now(clock).minusDays(3), "2000", "2.5")
			.get("lotCode").asString();
		String username = "pumpkin-" + producer;
		registry.post("/api/v1/producers/" + producer + "/account", Map.of("username", username, "password", "pumpkin-2025"));
		Path files = Files.createDirectories(Path.of("target", "reports"));
		Path fake = Files.writeString(files.resolve("report-" + producer + ".pdf"), "<html><script>alert(1)</script></html>",
				StandardCharsets.UTF_8);
		Path photo = Files.write(files.resolve("report-" + producer + ".png"), PNG);

		browser.login(username, "pumpkin-2025").open("/farmer/lots/" + lotCode);
		inspection("合作社自检室", fake);
		assertThat(browser.text(".has-error:has(#report) .error")).isEqualTo("只能上传 PDF、JPG 或 PNG 文件（按文件内容判断，而不是文件名）");
		assertThat(browser.value("#lab")).isEqualTo("合作社自检室");
		assertThat(registry.count("trace_event")).as("nothing stored").isEqualTo(eventsBefore);
		browser.scrollTo("#report").screenshot("inspection-report-refused-zh");
		// The producer has no say for a laboratory: the choice is the bureau's alone.
		assertThat(browser.all("#byLab1")).isEmpty();

		inspection("合作社自检室", photo);
		assertThat(browser.text(".notice")).isEqualTo("已记录新的环节。");
		String own = "#timeline li[data-type=INSPECTED]";
		assertThat(browser.text(own + " .recorder")).isEqualTo("自报");
		assertThat(browser.text(own + " a.report-link")).startsWith("查看检测报告（PNG，");
		browser.scrollTo("#timeline").screenshot("inspection-own-with-report-zh");

		browser.login("bureau", "bureau-demo").open("/farmer/lots/" + lotCode);
		browser.click("input[name=type][value=INSPECTED]").click("#byLab1");
		browser.type("#lab", "呼和浩特市农产品质量检测中心").click("input[name=result][value=PASS]").type("#items", "农药残留、重金属")
			.submit("#event-submit");
		assertThat(browser.all("#timeline li[data-type=INSPECTED] .recorder")).extracting(badge -> badge.getText())
			.containsExactly("自报", "检测机构");
		browser.scrollTo("#timeline").screenshot("inspection-by-lab-zh");
	}

	private long eventsBefore;

	private void inspection(String lab, Path report) {
		eventsBefore = registry.count("trace_event");
		browser.click("input[name=type][value=INSPECTED]");
		browser.type("#lab", lab).click("input[name=result][value=PASS]").type("#items", "外观、农药残留");
		browser.find("#report").sendKeys(report.toAbsolutePath().toString());
		browser.submit("#event-submit");
	}
}
