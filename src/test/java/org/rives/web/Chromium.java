package org.rives.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rives.testing.ServerTest;

/**
 * Debian's headless Chromium driven by Selenium, for the tests of the pages: started with a profile and a
 * download folder of the test's own, skipped (with the reason) where Chromium is not installed.
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final int DESKTOP_WIDTH = 1280;
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private Chromium() {
    }

    /** A headless Chromium, 1280 × 2400; the test is skipped when Chromium or its driver is missing. */
    static ChromeDriver start(Path profile, Path downloads) {
        assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "Chromium or chromedriver is not installed (/usr/bin/chromium, /usr/bin/chromedriver): the "
                        + "real-browser tests of the pages are skipped. Install Debian's chromium and "
                        + "chromium-driver (.ci/run does).");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--window-size=" + DESKTOP_WIDTH + ",2400", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Lays the page out as a screen this many CSS pixels wide (a phone at 360), as the browser would. */
    static void width(ChromeDriver driver, int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Back to the window's own size. */
    static void desktop(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Opens a page of the server and waits until it has drawn its figures: the committee page and the
     * sources page say so with {@code aria-busy="false"}; other pages when the document is loaded.
     */
    static void open(ChromeDriver driver, String url) {
        driver.get(url);
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        if (!driver.findElements(By.cssSelector("[aria-busy]")).isEmpty()) {
            wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[aria-busy]"), "aria-busy", "false"));
        }
    }

    /** Saves what the browser shows in the build folder, under name. */
    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, ServerTest.buildDir().resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
