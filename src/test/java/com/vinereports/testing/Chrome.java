package com.vinereports.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver (no download: Selenium Manager is never
 * asked). Downloads land in a fresh folder; screenshots go to target/screenshots for the CI artifacts. On close
 * it fails the test if the console reported a Content-Security-Policy violation.
 */
public final class Chrome implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path downloads;
    private final List<String> violations = new ArrayList<>();

    public Chrome() throws IOException {
        downloads = Files.createTempDirectory("chrome-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        // The flags these machines need: no sandbox as root, and no background calls to Google (refused here).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1000");
        // The console, where Chromium reports Content-Security-Policy violations (checked on close).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chrome.driver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** A wait that also ignores elements replaced by an AJAX update while it looked at them. */
    public WebDriverWait waitUpTo(Duration duration) {
        WebDriverWait wait = new WebDriverWait(driver, duration);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public Path downloads() {
        return downloads;
    }

    /**
     * The downloaded file whose name ends with {@code suffix}, once Chromium has finished writing it. Chromium
     * creates the final name empty as soon as a download starts and moves the .crdownload file over it at the end,
     * so a file with the right name is not yet the download: it counts only when no .crdownload is left beside it
     * and it is not empty (every download the tests make has content).
     */
    public Optional<Path> finishedDownload(String suffix) {
        try (Stream<Path> files = Files.list(downloads)) {
            List<Path> all = files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
            if (all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
                return Optional.empty();
            }
            return all.stream().filter(f -> f.toString().endsWith(suffix) && size(f) > 0).findFirst();
        } catch (IOException notYet) {
            return Optional.empty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return 0;
        }
    }

    /** Saves the window as target/screenshots/{name}.png and returns its path. */
    public Path screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return target;
    }

    /** The window at {@code width} px wide (and a tall enough height to see a report). */
    public void width(int width) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, width < 600 ? 844 : 1000));
    }

    /** The page as it prints ({@code print} media) or as on screen again ({@code screen}). */
    public void media(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /**
     * axe-core's check of the page as it is now: the serious and critical violations, one line each (rule, what it
     * means, where). axe-core comes from npm (src/test/browser-tools), loaded into the page by WebDriver.
     */
    public List<String> seriousAccessibilityProblems() throws IOException {
        String axe = Files.readString(Path.of(System.getProperty("vine.browserTools", "src/test/browser-tools"),
                "node_modules", "axe-core", "axe.min.js"));
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + "      + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); }));"
                + "}, function (e) { done(['axe failed: ' + e]); });");
        List<String> problems = new ArrayList<>();
        ((List<?>) result).forEach(problem -> problems.add(String.valueOf(problem)));
        return problems;
    }

    /** What Chromium's console said so far about Content-Security-Policy violations (read once: the log drains). */
    public List<String> cspViolations() {
        List<String> seen = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
        violations.addAll(seen);
        return List.copyOf(violations);
    }

    /** The violations seen so far, forgotten: for the test that proves the check sees one. */
    public List<String> takeViolations() {
        List<String> seen = cspViolations();
        violations.clear();
        return seen;
    }

    /**
     * Every page a test visited must have worked under the app's Content-Security-Policy: a violation fails the
     * test that caused it, whatever it was checking.
     */
    @Override
    public void close() {
        try {
            List<String> found = cspViolations();
            if (!found.isEmpty()) {
                throw new AssertionError("Content-Security-Policy violations: " + found);
            }
        } finally {
            driver.quit();
        }
    }
}
