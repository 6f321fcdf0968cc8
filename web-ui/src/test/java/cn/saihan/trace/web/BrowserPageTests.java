package cn.saihan.trace.web;

import java.time.Clock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.saihan.trace.testing.RegistryClient;

/**
 * What every browser test class has: the running application, the registry to set up data, the
 * application's clock, and one headless Chromium at phone size for the whole class.
 */
@PageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserPageTests {

	@LocalServerPort
	int port;

	@Autowired
	RegistryClient registry;

	@Autowired
	Clock clock;

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
}
