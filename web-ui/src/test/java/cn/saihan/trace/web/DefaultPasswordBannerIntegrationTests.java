package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * While the bureau signs in with the published demo password outside the demo profile, every
 * bureau page says so; farmers' pages do not.
 */
class DefaultPasswordBannerIntegrationTests extends BrowserPageTests {

	@Test
	void everyBureauPageWarnsWhileTheDemoPasswordIsInUse() {
		browser.login("bureau", "bureau-demo");
		for (String page : new String[] { "/bureau/producers", "/bureau/enrolments", "/bureau/products", "/search" }) {
			browser.open(page);
			assertThat(browser.text("#default-password")).as(page).contains("bureau-demo", "trace.bureau.password");
		}
		browser.screenshot("default-password-banner");
		browser.signOut();

		long producer = registry.producer("横幅测试合作社", "yulin");
		registry.post("/api/v1/producers/" + producer + "/account",
				Map.of("username", "banner-farmer", "password", "long-enough-1"));
		browser.login("banner-farmer", "long-enough-1").open("/farmer/lots");
		assertThat(browser.all("#default-password")).isEmpty();
		browser.signOut();
	}
}
