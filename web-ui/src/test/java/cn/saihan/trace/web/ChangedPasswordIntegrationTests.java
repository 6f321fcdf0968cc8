package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With a password of its own, the bureau reads no warning about the demo password. */
@PageIntegrationTest
@TestPropertySource(properties = "trace.bureau.password=" + ChangedPasswordIntegrationTests.PASSWORD)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangedPasswordIntegrationTests {

	static final String PASSWORD = "a-password-of-its-own-2025";

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		browser = Browser.phone(port);
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void noBannerOnceTheBureauHasAPasswordOfItsOwn() {
		browser.login("bureau", PASSWORD).open("/bureau/producers");
		assertThat(browser.path()).isEqualTo("/bureau/producers");
		assertThat(browser.all("#default-password")).isEmpty();
	}
}
