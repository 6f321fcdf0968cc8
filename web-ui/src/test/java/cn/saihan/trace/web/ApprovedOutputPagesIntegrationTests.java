package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.saihan.trace.testing.RegistryClient;

/**
 * Approved output (核准产量) on the pages, in headless Chromium at phone size: the bureau enters it
 * on the certification form and reads each certification's balance; a farmer sees its own balance
 * before registering a lot; the bureau finds a lot over its approved output and follows it.
 */
class ApprovedOutputPagesIntegrationTests extends BrowserPageTests {

	@Test
	void theBureauEntersApprovedOutputAndReadsTheBalanceOnTheProducersPage() {
		LocalDate today = LocalDate.now(clock);
		long producer = registry.producer("东干丈番茄合作社", "yulin");
		browser.login("bureau", "bureau-demo").open("/bureau/producers/" + producer);

		// An approved output for a product the certificate does not list is refused next to its field.
		String number = RegistryClient.freshGreenNumber();
		browser.select("#type", "GREEN").type("#certificateNo", number)
			.click("input[name=productCodes][value=TPZ-TOMATO]")
			.set("#validTo", today.plusYears(2).toString())
			.type("#approvedOutput-TPZ-TOMATO", "10000")
			.type("#approvedOutput-HST-PITAYA", "500")
			.submit("#certification-submit");
		assertThat(browser.text("#add-certification .has-error .error"))
			.isEqualTo("证书未列出产品 HST-PITAYA，不能为它填写核准产量");
		assertThat(browser.value("#approvedOutput-TPZ-TOMATO")).isEqualTo("10000");
		browser.scrollTo("#approved-output").screenshot("certification-approved-output-error-zh");

		browser.type("#approvedOutput-HST-PITAYA", "ten").submit("#certification-submit");
		assertThat(browser.text("#add-certification .has-error .error")).startsWith("核准产量必须是数字");

		browser.type("#approvedOutput-HST-PITAYA", "").submit("#certification-submit");
		assertThat(browser.text(".notice")).isEqualTo("认证已登记。");
		registry.lot(producer, "TPZ-TOMATO", today, "6000", "5");
		browser.open("/bureau/producers/" + producer);
		String row = "#certifications li[data-number='" + number + "'] table.balance tr[data-product='TPZ-TOMATO']";
		assertThat(browser.text(row + " .approved")).isEqualTo("10000");
		assertThat(browser.text(row + " .drawn")).isEqualTo("6000");
		assertThat(browser.text(row + " .remaining")).isEqualTo("4000");
		browser.scrollTo("#certifications").screenshot("producer-balance-zh");
	}

	@Test
	void aFarmerSeesItsOwnBalanceOnTheLotFormBeforeRegistering() {
		LocalDate today = LocalDate.now(clock);
		long producer = registry.producer("赛音不浪网纹瓜合作社", "jinhe");
		String number = RegistryClient.freshGreenNumber();
		registry.post("/api/v1/producers/" + producer + "/certifications", Map.of("type", "GREEN", "certificateNo",
				number, "productCodes", List.of("SYBL-MELON"), "validFrom", today.minusMonths(3).toString(), "validTo",
				today.plusYears(2).toString(), "approvedOutput", Map.of("SYBL-MELON", "2000")));
		registry.lot(producer, "SYBL-MELON", today, "1500.5", "9");
		String username = "melon" + producer;
		registry.post("/api/v1/producers/" + producer + "/account", Map.of("username", username, "password", "tomato-2025"));

		browser.login(username, "tomato-2025").open("/farmer/lots/new");
		String row = "#balances table.balance tr[data-product='SYBL-MELON']";
		assertThat(browser.text("#balances caption")).contains("绿色食品", number);
		assertThat(browser.text(row + " .approved")).isEqualTo("2000");
		assertThat(browser.text(row + " .drawn")).isEqualTo("1500.5");
		assertThat(browser.text(row + " .remaining")).isEqualTo("499.5");
		browser.screenshot("lot-form-balance-zh");

		// another producer's farmer sees none of it
		long other = registry.producer("别的合作社", "jinhe");
		String stranger = "stranger" + other;
		registry.post("/api/v1/producers/" + other + "/account", Map.of("username", stranger, "password", "tomato-2025"));
		browser.signOut().login(stranger, "tomato-2025").open("/farmer/lots/new");
		assertThat(browser.all("#balances")).isEmpty();
		browser.signOut();
	}

	@Test
	void theBureauFindsALotOverItsApprovedOutputAndFollowsItToTheLot() {
		LocalDate today = LocalDate.now(clock);
		long producer = registry.producer("黑沙图超产合作社", "jinhe");
		registry.post("/api/v1/producers/" + producer + "/certifications", Map.of("type", "GREEN", "certificateNo",
				RegistryClient.freshGreenNumber(), "productCodes", List.of("HST-PITAYA"), "validFrom",
				today.minusMonths(3).toString(), "validTo", today.plusYears(2).toString(), "approvedOutput",
				Map.of("HST-PITAYA", "100")));
		registry.lot(producer, "HST-PITAYA", today, "100", "20");
		String over = registry.lot(producer, "HST-PITAYA", today, "30", "20").get("lotCode").asString();

		browser.login("bureau", "bureau-demo").open("/bureau/certifications/over-approved?year=" + today.getYear());
		String item = "#over-approved-lots li[data-lot='" + over + "']";
		assertThat(browser.text(item)).contains("绿色食品", "超出 30 公斤", "黑沙图超产合作社", "黑沙图红心火龙果");
		assertThat(browser.find("#over-approved-csv").getDomAttribute("href"))
			.isEqualTo("/bureau/certifications/over-approved.csv?year=" + today.getYear());
		browser.screenshot("over-approved-zh");
		assertThat(new PageSession(port).login("bureau", "bureau-demo")
			.get("/bureau/certifications/over-approved.csv?year=" + today.getYear()).body())
			.startsWith("\uFEFF")
			.contains(over + "," + producer + ",HST-PITAYA,GREEN,绿色食品,30");

		browser.click(item + " a.item-main");
		assertThat(browser.path()).isEqualTo("/farmer/lots/" + over);
		assertThat(browser.text("#over-approved li[data-type='GREEN']")).startsWith("超出核准产量：绿色食品证书本身有效")
			.contains("（30 公斤）");
		browser.screenshot("over-approved-lot-zh");
		browser.signOut();
	}
}
