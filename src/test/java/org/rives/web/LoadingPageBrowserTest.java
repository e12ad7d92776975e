package org.rives.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rives.testing.DuringStartupLoads;
import org.rives.testing.HeldSampleLoads;
import org.rives.testing.HeldStart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The committee page and the sources page, opened in a real Chromium while a new server loads its samples
 * (held back after the first file), say in each language that the figures are loading, never "no figures", with
 * no WCAG 2.1 A/AA violation axe-core finds; once the samples are in, the committee page draws its table by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(HeldSampleLoads.class)
@DuringStartupLoads
class LoadingPageBrowserTest {

    static final Path WORK = HeldStart.folder("rives-loading-page-");
    /** Language, what the page says, how far the loads are (the first file is being committed: none done yet). */
    static final List<List<String>> LOADING = List.of(
            List.of("en", "Loading figures…", "Files loaded: 0 of " + HeldStart.sampleFiles()),
            List.of("fr", "Chargement des chiffres…", "Fichiers chargés : 0 sur " + HeldStart.sampleFiles()),
            List.of("ar", "جارٍ تحميل الأرقام…", "الملفات المحمّلة: 0 من " + HeldStart.sampleFiles()));

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        HeldStart.register(registry, WORK);
    }

    @Autowired
    HeldSampleLoads held;

    @LocalServerPort
    int port;

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser(@TempDir Path profile, @TempDir Path downloads) {
        driver = Chromium.start(profile, downloads);
        wait = new WebDriverWait(driver, Chromium.PATIENCE);
    }

    @AfterEach
    void stopBrowser() {
        held.release();
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void thePagesSayTheFiguresAreLoadingThenTheTableComesByItself() throws Exception {
        held.awaitFirstSample();
        for (List<String> language : LOADING) {
            driver.get(base() + "/sources.html?lang=" + language.get(0));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sources"), language.get(1)));
            driver.get(base() + "/?lang=" + language.get(0));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("table-wrap"), language.get(1)));
            assertThat(driver.findElement(By.id("loading-figures")).getText()).contains(language.get(2));
            assertThat(driver.findElements(By.cssSelector("#table-wrap .empty, #compare-table"))).isEmpty();
            assertThat(driver.findElement(By.id("figures")).getAttribute("aria-busy")).isEqualTo("true");
            assertThat(PageChecks.axe(driver)).as("axe-core, WCAG 2.1 A/AA, on the loading page in %s", language.get(0))
                    .isEmpty();
        }
        Chromium.screenshot(driver, "committee-page-loading-ar.png");

        held.release();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare-table")));
        assertThat(driver.findElements(By.id("loading-figures"))).isEmpty();
        assertThat(driver.findElement(By.id("figures")).getAttribute("aria-busy")).isEqualTo("false");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
