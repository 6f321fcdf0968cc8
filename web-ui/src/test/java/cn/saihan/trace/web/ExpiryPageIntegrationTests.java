package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import cn.saihan.trace.testing.RegistryClient;
import tools.jackson.databind.JsonNode;

/**
 * The bureau's warning page and the daily expiry job list the same certifications, with days other
 * than the defaults: both ask the registry's one query with the configured days.
 */
@TestPropertySource(properties = { "trace.batch.expiry.within-days=45", "trace.batch.expiry.lapsed-days=30",
		"trace.batch.expiry.cron=-" })
class ExpiryPageIntegrationTests extends BrowserPageTests {

	@Test
	void thePageAndTheJobListTheSameCertificationsForTheConfiguredDays() {
		// given
		LocalDate today = LocalDate.now(clock);
		long producer = registry.producer("赛罕区申合作社", "yulin");
		String lastDayIn = green(producer, today.minusDays(300), today.plusDays(45));
		String dayAfter = green(producer, today.minusDays(300), today.plusDays(46));
		String lapsedIn = green(producer, today.minusDays(300), today.minusDays(30));
		String lapsedBefore = green(producer, today.minusDays(300), today.minusDays(31));
		String notYetValid = green(producer, today.plusDays(1), today.plusDays(20));
		String revoked = RegistryClient.freshGreenNumber();
		long revokedId = registry.certification(producer, "GREEN", revoked, List.of("TPZ-TOMATO"),
				today.minusDays(300), today.plusDays(10));
		registry.asBureau().post().uri("/api/v1/certifications/" + revokedId + "/revocation")
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("revokedAt", today.toString(), "reason", "停产"))
			.exchange().expectStatus().isOk();

		// when
		JsonNode job = registry.asBureau().post().uri("/api/v1/certifications/expiring/runs").exchange()
			.expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
		browser.login("bureau", "bureau-demo").open("/bureau/certifications/expiring");

		// then
		List<String> jobExpiring = new ArrayList<>();
		List<String> jobLapsed = new ArrayList<>();
		job.get("certifications").forEach(c -> {
			if (c.get("producerId").asLong() == producer) {
				(c.get("state").asString().equals("EXPIRING") ? jobExpiring : jobLapsed)
					.add(c.get("certificateNo").asString());
			}
		});
		assertThat(jobExpiring).containsExactly(lastDayIn);
		assertThat(jobLapsed).containsExactly(lapsedIn);
		assertThat(numbersOf("#expiring li", producer)).isEqualTo(jobExpiring);
		assertThat(numbersOf("#lapsed li", producer)).isEqualTo(jobLapsed);
		assertThat(browser.bodyText()).contains("45 天内到期", "过去 30 天内已经过期")
			.doesNotContain(dayAfter, lapsedBefore, notYetValid, revoked);
		assertThat(browser.text("#expiring li[data-number='" + lastDayIn + "']")).contains("还剩 45 天");
		assertThat(browser.text("#lapsed li[data-number='" + lapsedIn + "']")).contains("已过期 30 天");
		browser.screenshot("expiring-lapsed-zh");
	}

	/** The certificate numbers listed on the page for this test's producer. */
	private List<String> numbersOf(String css, long producer) {
		List<String> numbers = new ArrayList<>();
		for (WebElement item : browser.all(css)) {
			if (item.findElement(By.cssSelector(".meta a")).getDomAttribute("href")
				.endsWith("/bureau/producers/" + producer)) {
				numbers.add(item.getDomAttribute("data-number"));
			}
		}
		return numbers;
	}

	private String green(long producer, LocalDate from, LocalDate to) {
		String number = RegistryClient.freshGreenNumber();
		registry.certification(producer, "GREEN", number, List.of("TPZ-TOMATO"), from, to);
		return number;
	}
}
