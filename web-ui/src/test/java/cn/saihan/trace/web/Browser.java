package cn.saihan.trace.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.saihan.trace.testing.DebianPackages;

/**
 * One headless Chromium at phone size (390×844, as the pages are meant to be read), driven from the
 * Debian packages {@code chromium} and {@code chromium-driver}: nothing is downloaded at run time.
 * The browser asks for English, so pages that come up in Chinese prove the Chinese default.
 */
public final class Browser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final String base;

	private Browser(ChromeDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	public static Browser phone(int port) {
		DebianPackages.requireExecutable(Path.of("/usr/bin/chromium"), "chromium");
		DebianPackages.requireExecutable(Path.of("/usr/bin/chromedriver"), "chromium-driver");
		System.setProperty("SE_OFFLINE", "true");
		Path profile = Path.of("target", "chromium", UUID.randomUUID().toString()).toAbsolutePath();
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=en-US", "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
		options.setExperimentalOption("mobileEmulation",
				Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 1.0)));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return new Browser(driver, "http://localhost:" + port);
	}

	public Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	public String path() {
		return driver.getCurrentUrl().substring(base.length());
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	public String text(String css) {
		return find(css).getText();
	}

	public String bodyText() {
		return find("body").getText();
	}

	public Browser type(String css, String value) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(value);
		return this;
	}

	/** Sets a date or time input directly: typing into them depends on the browser's locale. */
	public Browser set(String css, String value) {
		driver.executeScript("arguments[0].value = arguments[1]", find(css), value);
		return this;
	}

	public Browser select(String css, String value) {
		new Select(find(css)).selectByValue(value);
		return this;
	}

	public Browser click(String css) {
		WebElement element = find(css);
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
		return this;
	}

	/**
	 * Clicks something that loads a new page, and waits until the new page has loaded: the old
	 * page is marked and the wait ends when a document without the mark is complete.
	 */
	public Browser submit(String css) {
		driver.executeScript("window.__leaving = true");
		click(css);
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
			try {
				return Boolean.TRUE.equals(driver.executeScript(
						"return window.__leaving !== true && document.readyState === 'complete'"));
			}
			catch (WebDriverException navigating) {
				return false;
			}
		});
		return this;
	}

	/** Waits until an element is on the page, e.g. after a page that reloads itself. */
	public Browser waitFor(String css, int seconds) {
		new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
		return this;
	}

	/** Waits until a script returns true, e.g. a chart drawn by a deferred script. */
	public Browser waitUntil(String script, int seconds) {
		new WebDriverWait(driver, Duration.ofSeconds(seconds))
			.until(d -> Boolean.TRUE.equals(driver.executeScript(script)));
		return this;
	}

	public String value(String css) {
		return find(css).getDomProperty("value");
	}

	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	public Browser login(String username, String password) {
		signOut();
		open("/login");
		type("#username", username).type("#password", password).submit("#login-submit");
		return this;
	}

	/** Forgets the session and the language cookie, as a new visitor. */
	public Browser signOut() {
		open("/login");
		driver.manage().deleteAllCookies();
		return this;
	}

	public Browser scrollTo(String css) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", find(css));
		return this;
	}

	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save screenshot " + name, ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}
}
