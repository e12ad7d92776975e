package org.rives.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The French and Arabic pages in their own words: definitions, notes, units, statuses, source titles and
 * licences from the catalogue and the connectors; a publisher's title that exists in one language only is
 * shown in it and says so (lang). On the Arabic page every Latin run is isolated and marked as such, so
 * that its punctuation stays at its own end and codes keep their order.
 */
class TranslatedPagesBrowserTest extends BrowserTest {

    static final String REMITTANCES = "/?axis=DEVELOPMENT&indicator=REMIT_IN&lang=";

    @Test
    void frenchPageGivesDefinitionUnitStatusSourceAndLicenceInFrench() {
        Chromium.open(driver, base() + REMITTANCES + "fr");

        assertThat(definition().getText()).startsWith("Transferts personnels et rémunération des salariés");
        assertThat(driver.findElement(By.cssSelector("#compare-table caption")).getText())
                .contains("Envois de fonds personnels reçus", "dollars des États-Unis, millions");
        selectCell("MAR", "2022");
        String detail = driver.findElement(By.id("cell-body")).getText();
        assertThat(detail).contains("dollars des États-Unis", "valeur normale", "Banque mondiale",
                "Indicateurs du développement dans le monde", "CC BY 4.0 (Creative Commons Attribution 4.0)");
    }

    @Test
    void arabicDefinitionKeepsItsEnglishRunIsolatedAndInOrder() {
        Chromium.open(driver, base() + REMITTANCES + "ar");
        WebElement definition = definition();
        WebElement run = definition.findElement(By.xpath(".//bdi[.='BPM6']"));

        assertThat(run.getAttribute("lang")).isEqualTo("en");
        assertThat(run.getCssValue("unicode-bidi")).isEqualTo("isolate");
        driver.executeScript("arguments[0].style.whiteSpace = 'nowrap'", definition); // one line: order only
        // Drawn right to left: the Arabic word before the run, the run itself left to right, then the
        // closing bracket and the Arabic comma that follow it, on its left.
        PageChecks.Box before = PageChecks.charBox(driver, definition, "السادسة", 0);
        PageChecks.Box first = PageChecks.charBox(driver, run, "BPM6", 0);
        PageChecks.Box last = PageChecks.charBox(driver, run, "BPM6", 3);
        PageChecks.Box bracket = PageChecks.charBox(driver, definition, ")،", 0);
        assertThat(first.top()).isCloseTo(before.top(), within(2.0));
        assertThat(bracket.top()).isCloseTo(first.top(), within(2.0));
        assertThat(first.middle()).isLessThan(last.middle());
        assertThat(last.right()).isLessThanOrEqualTo(before.left() + 0.5);
        assertThat(bracket.right()).isLessThanOrEqualTo(first.left() + 0.5);
    }

    @Test
    void arabicPageKeepsTheOrderOfCodesLikeSdgTargets() {
        Chromium.open(driver, base() + REMITTANCES + "ar");
        WebElement target = driver.findElement(By.xpath("//*[@id='notes-body']//bdi[.='10.c']"));

        double[] x = new double[4];
        for (int i = 0; i < 4; i++) {
            x[i] = PageChecks.charBox(driver, target, "10.c", i).middle();
        }
        assertThat(x).isSorted();
    }

    @Test
    void everyLatinRunOfTheArabicPagesIsIsolatedAndMarked() {
        Chromium.open(driver, base() + REMITTANCES + "ar");
        selectCell("MAR", "2022");
        assertThat(driver.findElement(By.id("cell-body")).getText()).contains("دولار أمريكي", "قيمة عادية",
                "البنك الدولي", "مؤشرات التنمية العالمية");
        assertThat(PageChecks.latinRunsNotIsolated(driver, driver.findElement(By.tagName("body")))).isEmpty();

        Chromium.open(driver, base() + "/sources.html?lang=ar");
        assertThat(PageChecks.latinRunsNotIsolated(driver, driver.findElement(By.tagName("body")))).isEmpty();
    }

    @Test
    void publishersTitleInOneLanguageOnlyIsShownInItAndSaysSo() {
        Chromium.open(driver, base() + "/sources.html?lang=ar");
        WebElement spain = driver.findElement(By.id("source-ine-migraciones"));
        assertThat(spain.findElement(By.tagName("h2")).getText()).isEqualTo(
                "الهجرة الوافدة إلى إسبانيا حسب الجنسية، سنويًا (عيّنة توضيحية)");
        WebElement dataset = spain.findElement(By.xpath(".//bdi[starts-with(., 'Estadística de Migraciones')]"));
        assertThat(dataset.getAttribute("lang")).isEqualTo("es");
        assertThat(spain.getText()).contains("المعهد الوطني للإحصاء (INE)، إسبانيا", "شروط الاستخدام لدى المعهد الوطني للإحصاء");

        Chromium.open(driver, base() + "/sources.html?lang=en");
        spain = driver.findElement(By.id("source-ine-migraciones"));
        assertThat(spain.getText()).contains("Migration Statistics, immigration from abroad by nationality");
        assertThat(spain.findElements(By.cssSelector("bdi[lang=es]"))).isEmpty();
    }

    private WebElement definition() {
        return driver.findElement(By.cssSelector("#notes-body dd"));
    }

    private void selectCell(String area, String period) {
        driver.findElement(By.cssSelector("#compare-table td[data-area=" + area + "][data-period='" + period + "']"))
                .click();
        new WebDriverWait(driver, Chromium.PATIENCE).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#cell-body dl")));
    }
}
