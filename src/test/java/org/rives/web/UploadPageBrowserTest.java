package org.rives.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rives.access.AccessAdmin;
import org.rives.access.AccessFile;
import org.rives.access.Provider;
import org.rives.testing.TestStore;

/**
 * The upload page in a real headless Chromium, as a statistician of the HCP uses it: sign in with the
 * token (keyboard), dry-run a file with a rejection and read it (and download every rejection), then
 * check the corrected file, see the revised figure old → new, commit it and read the committed report.
 * The page passes axe-core's WCAG 2.1 A/AA rules in the three languages with a report on it, isolates
 * Latin runs in Arabic and reads at 360 px; screenshots in English, French and Arabic are left in the
 * build folder.
 */
class UploadPageBrowserTest extends BrowserTest {

    static final Path SAMPLE = TestStore.REPO.resolve("sample-data/hcp-ma-etrangers/population_etrangere_nationalite_rgph.csv");

    @TempDir
    Path files;

    WebDriverWait wait;
    AccessAdmin.Created token;

    @BeforeEach
    void signUp() {
        // The server reads the access file beside its store at each request: a provider added now is seen at once.
        AccessAdmin admin = new AccessAdmin(new AccessFile(WORK.resolve("access.json")), Clock.systemUTC());
        admin.putProvider(new Provider("hcp", "Haut-Commissariat au Plan", List.of("hcp-*")));
        token = admin.createProviderToken("hcp", List.of(), null, "browser test");
        wait = new WebDriverWait(driver, Chromium.PATIENCE);
    }

    @Test
    void aStatisticianChecksAFileReadsItsRejectionThenCommitsTheCorrectedOne() throws Exception {
        String original = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        Path bad = Files.writeString(files.resolve("rgph-bad.csv"), original.replace("Syrie;5 640;9 310;6,3",
                "Syrie;5 640;9 310;6,3\nAtlantide;12;14;0,1"));
        Path good = Files.writeString(files.resolve("rgph-2024-revised.csv"), original.replace("France;21 340;30 150",
                "France;21 340;30 250"));

        Chromium.open(driver, base() + "/upload.html?lang=en");
        WebElement tokenField = wait.until(ExpectedConditions.elementToBeClickable(By.id("token")));
        tokenField.sendKeys(token.token(), Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), token.issued().id()));
        assertThat(driver.findElement(By.id("who")).getText()).contains("Haut-Commissariat au Plan");
        Select connector = new Select(driver.findElement(By.id("connector")));
        assertThat(connector.getOptions()).extracting(option -> option.getDomAttribute("value"))
                .containsExactly("hcp-ma-etrangers");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("connector");

        dryRun(bad);
        wait.until(ExpectedConditions.attributeToBe(By.id("report-status"), "data-status", "rejected"));
        List<WebElement> rejections = driver.findElements(By.cssSelector("#rejections li"));
        assertThat(rejections).hasSize(1);
        assertThat(rejections.get(0).getText()).isEqualTo("rgph-bad.csv:8:1: unknown area code \"Atlantide\" in column \"Nationalité\"");
        assertThat(driver.findElement(By.id("commit")).isDisplayed()).isFalse();
        driver.findElement(By.id("download-rejections")).click();
        Path download = wait.until(d -> finishedDownload(".txt"));
        assertThat(Files.readString(download)).isEqualTo(rejections.get(0).getText() + "\n");

        driver.findElement(By.id("again")).click();
        dryRun(good);
        wait.until(ExpectedConditions.attributeToBe(By.id("report-status"), "data-status", "validated"));
        assertThat(driver.findElement(By.id("change-revised")).getDomAttribute("data-value")).isEqualTo("1");
        List<WebElement> revised = driver.findElements(By.cssSelector("#preview-revised tbody td.num"));
        assertThat(revised).extracting(cell -> cell.getDomAttribute("data-value")).containsExactly("30150", "30250");
        assertThat(driver.findElement(By.cssSelector("#preview-revised tbody th")).getText()).contains("FRA");
        assertThat(driver.findElement(By.id("progress-box")).isDisplayed()).isFalse();
        Chromium.screenshot(driver, "upload-page-en.png");
        assertThat(PageChecks.axe(driver)).as("axe-core WCAG 2.1 A/AA on the upload page in English").isEmpty();

        new Select(driver.findElement(By.id("lang"))).selectByValue("fr");
        wait.until(ExpectedConditions.textToBe(By.id("h-result"), "3. Ce que le fichier changerait"));
        assertThat(driver.findElement(By.id("commit")).getText()).isEqualTo("Valider ces chiffres");
        Chromium.screenshot(driver, "upload-page-fr.png");
        assertThat(PageChecks.axe(driver)).as("axe-core on the upload page in French").isEmpty();

        new Select(driver.findElement(By.id("lang"))).selectByValue("ar");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertThat(driver.findElement(By.id("commit")).getText()).isEqualTo("اعتماد هذه الأرقام");
        Chromium.screenshot(driver, "upload-page-ar.png");
        assertThat(PageChecks.axe(driver)).as("axe-core on the upload page in Arabic").isEmpty();
        assertThat(PageChecks.latinRunsNotIsolated(driver, driver.findElement(By.tagName("main")))).isEmpty();
        Chromium.width(driver, 360);
        try {
            assertThat(PageChecks.documentWidth(driver)).as("too wide at 360 px: %s", PageChecks.beyond(driver, 360))
                    .isLessThanOrEqualTo(360);
            Chromium.screenshot(driver, "upload-page-ar-360px.png");
        } finally {
            Chromium.desktop(driver);
        }

        WebElement commit = driver.findElement(By.id("commit"));
        commit.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("report-status"), "data-status", "committed"));
        assertThat(driver.findElement(By.id("h-result")).getText()).isEqualTo("تم الاعتماد");
        String loadLink = driver.findElement(By.cssSelector("#report a[href^='api/loads/']")).getDomAttribute("href");
        HttpResponse<String> load = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/"
                + loadLink)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(load.body()).contains("\"status\":\"committed\"", "\"file\":\"rgph-2024-revised.csv\"",
                "\"provider\":\"hcp\"", "\"token\":\"" + token.issued().id() + "\"");
        Chromium.screenshot(driver, "upload-page-ar-committed.png");
    }

    /** A finished download of that kind (Chromium writes .crdownload until done), or null. */
    private Path finishedDownload(String suffix) {
        try (Stream<Path> all = Files.list(downloads)) {
            List<Path> found = all.toList();
            boolean writing = found.stream().anyMatch(p -> p.toString().endsWith(".crdownload"));
            return writing ? null : found.stream().filter(p -> p.toString().endsWith(suffix)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private void dryRun(Path file) {
        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.id("dry-run")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    }
}
