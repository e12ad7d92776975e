package org.rives.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The committee's page in a real headless Chromium against the server with the sample data: choose an
 * axis and an indicator, read a figure, download the CSV, switch to French and Arabic. A screenshot of the page is
 * left in the build folder for review, in English, French and Arabic. Skipped, with the reason, only where
 * Chromium is not installed.
 */
class CommitteePageBrowserTest extends BrowserTest {

    WebDriverWait wait;

    @BeforeEach
    void patience() {
        wait = new WebDriverWait(driver, Chromium.PATIENCE);
    }

    @Test
    void committeeReadsAFigureDownloadsItAndReadsItInFrenchAndArabic() throws Exception {
        driver.get(base() + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for=axis-DEVELOPMENT]"))).click();
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicator"))))
                .selectByValue("REMIT_IN");

        WebElement morocco2022 = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#compare-table td[data-area=MAR][data-period='2022']")));
        assertThat(morocco2022.getAttribute("data-value")).isEqualTo("11170423192.2348");
        assertThat(driver.findElement(By.cssSelector("#compare-table caption")).getText())
                .contains("Personal remittances received");
        assertThat(driver.findElements(By.cssSelector("#compare-table thead th[scope=col]"))).hasSizeGreaterThan(2);
        // One coverage line per shore and one for the 5+5 total.
        assertThat(driver.findElements(By.cssSelector("#compare-table tr.coverage"))).hasSize(3);
        assertThat(driver.findElement(By.cssSelector("#compare-table tfoot tr.coverage td[data-period='2022']"))
                .getAttribute("data-coverage")).isEqualTo("10");
        assertThat(driver.getCurrentUrl()).contains("indicator=REMIT_IN", "axis=DEVELOPMENT");
        assertThat(driver.findElements(By.cssSelector("#chart-body svg path[data-area]"))).isNotEmpty();

        morocco2022.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cell-body"), "11170423192.2348"));
        assertThat(driver.findElement(By.id("cell-body")).getText()).contains("World Bank", "CC BY 4.0");
        morocco2022.sendKeys(Keys.ARROW_RIGHT);
        assertThat(driver.switchTo().activeElement().getAttribute("data-period")).isEqualTo("2023");
        assertThat(driver.switchTo().activeElement().getAttribute("data-area")).isEqualTo("MAR");
        screenshot("committee-page.png");

        Path csv = download(By.id("download-csv"));
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(content.lines().findFirst()).hasValueSatisfying(header -> assertThat(header).contains("2022"));
        assertThat(content).contains("MAR", "Morocco", "11170423192.2348");

        new Select(driver.findElement(By.id("lang"))).selectByValue("fr");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#compare-table caption"),
                "Envois de fonds personnels reçus"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#compare-table tr[data-area=MAR] th"), "Maroc"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        screenshot("committee-page-fr.png");

        new Select(driver.findElement(By.id("lang"))).selectByValue("ar");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#compare-table caption"),
                "التحويلات المالية الشخصية المستلمة"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#compare-table tr[data-area=MAR] th"), "المغرب"));
        assertThat(driver.getCurrentUrl()).contains("lang=ar");
        screenshot("committee-page-ar.png");
    }

    @Test
    void theSourcesPageSaysWhetherEachSourceIsFetchedOrUploaded() {
        driver.get(base() + "/sources.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("source-worldbank-wdi"),
                "fetched from the publisher's endpoint"));
        assertThat(driver.findElement(By.id("source-worldbank-wdi")).getText()).contains("api.worldbank.org (6)");
        assertThat(driver.findElement(By.id("source-bct-tn-revenus-travail")).getText())
                .contains("uploaded (the publisher has no machine endpoint)");
        assertThat(driver.findElements(By.cssSelector(".source.overdue"))).isEmpty(); // every sample was just loaded
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(driver, name);
    }

    /** Clicks a download link and waits for the finished file (Chromium writes .crdownload until done). */
    private Path download(By link) {
        driver.findElement(link).click();
        return new WebDriverWait(driver, Chromium.PATIENCE).until(d -> finished().orElse(null));
    }

    private Optional<Path> finished() {
        try (Stream<Path> files = Files.list(downloads)) {
            List<Path> all = files.toList();
            if (all.stream().anyMatch(p -> p.toString().endsWith(".crdownload"))) {
                return Optional.empty();
            }
            return all.stream().filter(p -> p.toString().endsWith(".csv")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
