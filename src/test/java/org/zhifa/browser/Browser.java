package org.zhifa.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zhifa.test.ApiClient;

/**
 * Debian's Chromium driven headless in Chinese, against the application under test: logs in to the Camunda webapps,
 * waits explicitly, saves screenshots under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	private final String baseUrl;

	private final Path profile;

	private Browser(ChromeDriver driver, String baseUrl, Path profile) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, TIMEOUT);
		this.baseUrl = baseUrl;
		this.profile = profile;
	}

	static Browser open(int port) {
		try {
			Path profile = Files.createTempDirectory("zhifa-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary("/usr/bin/chromium");
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--lang=zh-CN", "--user-data-dir=" + profile);
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
				.withEnvironment(Map.of("TZ", "Asia/Shanghai"))
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().window().setSize(new Dimension(1400, 1000));
			return new Browser(driver, "http://localhost:" + port, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Opens the webapp's login page, signs in with the demo password and waits for the app's header. */
	void login(String app, String userId) {
		driver.get(baseUrl + "/camunda/app/" + app + "/");
		visible(By.cssSelector("input[ng-model='username']")).sendKeys(userId);
		driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(ApiClient.DEMO_PASSWORD);
		driver.findElement(By.cssSelector("button[type='submit']")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type='password']")));
	}

	void open(String path) {
		driver.get(baseUrl + path);
	}

	WebElement visible(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	WebElement clickable(By locator) {
		return wait.until(ExpectedConditions.elementToBeClickable(locator));
	}

	void waitForText(By locator, String text) {
		wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	List<WebElement> findAll(By locator) {
		return driver.findElements(locator);
	}

	<T> T waitUntil(Function<WebDriver, T> condition) {
		return wait.until(condition);
	}

	/** The browser's console messages so far, for a failing test to print. */
	String console() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().toString();
	}

	String bodyText() {
		return driver.findElement(By.tagName("body")).getText();
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	/** Saves a PNG of the window and the page's HTML beside it, for a person to look at. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path png = SCREENSHOTS.resolve(name + ".png");
			Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
			return png;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary profile does no harm.
		}
	}

}
