package org.rives.web;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.rives.testing.ServerTest;

/**
 * A test of the pages in a real Chromium against the server with the sample data: one browser for the
 * whole class (each test opens its pages afresh), skipped with the reason where Chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest extends ServerTest {

    ChromeDriver driver;
    Path downloads;

    @BeforeAll
    void startBrowser(@TempDir Path profile, @TempDir Path downloadFolder) {
        downloads = downloadFolder;
        driver = Chromium.start(profile, downloadFolder);
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
