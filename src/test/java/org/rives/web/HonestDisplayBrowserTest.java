package org.rives.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a committee member reads without clicking a cell, over the samples: part-years are not shown as
 * years, nor summed with them, nor the chart's year; illustrative samples are announced on every page and
 * shown only with a switch that is visibly on; every figure of a column is in the column's unit, even once
 * the national-currency samples (Moroccan dirhams, Tunisian dinars) are shown.
 */
class HonestDisplayBrowserTest extends BrowserTest {

    @Test
    void aPartYearIsLeftOutOfTheAnnualTableSumsAndChartUntilAskedFor() {
        Chromium.open(driver, base() + "/?lang=en&indicator=ASYL_APP&from=2019");

        assertThat(driver.findElements(By.cssSelector("#compare-table th[data-period='2025']"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("label[for=show-partYears]")).getText())
                .contains("Spain 2025, 2 of 12 months", "Malta 2025, 1 of 12 months");
        showBars();
        assertThat(new Select(driver.findElement(By.id("year"))).getFirstSelectedOption().getText()).isEqualTo("2024");

        toggle("show-partYears", "partYears=true");

        WebElement header = driver.findElement(By.cssSelector("#compare-table th[data-period='2025']"));
        assertThat(header.getAttribute("class")).isEqualTo("part-year");
        assertThat(header.getText()).contains("part-year");
        assertThat(driver.findElement(By.cssSelector("#compare-table td[data-area=ESP][data-period='2025']"))
                .getAttribute("data-value")).isEqualTo("26355");
        WebElement northSum = driver.findElement(By.cssSelector(
                "#compare-table tbody[data-group='5P5_N'] tr.subtotal td[data-period='2025']"));
        assertThat(northSum.getAttribute("data-value")).isNull();
        assertThat(northSum.getAttribute("title")).contains("Spain");
        // The bars still open on the last whole year, and draw no part-year when one is chosen.
        assertThat(new Select(driver.findElement(By.id("year"))).getFirstSelectedOption().getText()).isEqualTo("2024");
        new Select(driver.findElement(By.id("year"))).selectByValue("2025");
        assertThat(driver.findElements(By.cssSelector("#chart-body rect[data-area]"))).isEmpty();
    }

    @Test
    void aSumOverPartOfItsGroupSaysSoInTheCellItself() {
        Chromium.open(driver, base() + "/?lang=fr&indicator=REMIT_IN&from=2019");

        // The samples hold 2024 for the northern shore only: the 5+5 sum that year stands on 5 of 10.
        WebElement partial = driver.findElement(By.cssSelector("#compare-table tfoot tr.total td[data-period='2024']"));
        assertThat(partial.getAttribute("data-value")).isNotNull();
        assertThat(partial.getAttribute("class")).isEqualTo("partial-sum");
        assertThat(partial.findElement(By.className("partial-mark")).getText()).isEqualTo("(5 sur 10)");
        WebElement whole = driver.findElement(By.cssSelector("#compare-table tfoot tr.total td[data-period='2022']"));
        assertThat(whole.getAttribute("class")).isNullOrEmpty();
        assertThat(whole.findElements(By.className("partial-mark"))).isEmpty();
    }

    @Test
    void illustrativeSamplesAreAnnouncedOnEveryPageAndShownOnlyWithTheSwitchOn() {
        Chromium.open(driver, base() + "/sources.html?lang=fr");
        assertThat(driver.findElement(By.id("banner")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("banner")).getText()).contains("illustratifs");

        Chromium.open(driver, base() + "/?lang=en&indicator=REMIT_IN&from=2019");
        WebElement banner = driver.findElement(By.id("banner"));
        assertThat(banner.isDisplayed()).isTrue();
        assertThat(banner.getAttribute("class")).doesNotContain("on");
        assertThat(driver.findElement(By.cssSelector("label[for=show-illustrative]")).getText())
                .contains("oc-maroc-mre", "bct-tn-revenus-travail");
        assertThat(driver.findElements(By.cssSelector("#compare-table td[data-source=oc-maroc-mre]"))).isEmpty();

        toggle("show-illustrative", "illustrative=true");

        assertThat(driver.findElement(By.id("banner")).getAttribute("class")).contains("on");
        assertThat(driver.findElement(By.id("banner")).getText()).contains("are shown");
        assertThat(driver.findElement(By.id("show-illustrative")).isSelected()).isTrue();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("show-illustrative");
    }

    @Test
    void everyFigureOfAColumnIsInTheColumnsUnitOnceNationalCurrencyFiguresAreIn() {
        Chromium.open(driver, base() + "/?lang=en&indicator=REMIT_IN&from=2019&partYears=true&illustrative=true");

        WebElement tunisia = driver.findElement(By.cssSelector("#compare-table td[data-area=TUN][data-period='2024']"));
        assertThat(tunisia.getAttribute("data-source")).isEqualTo("bct-tn-revenus-travail");
        assertThat(driver.findElement(By.cssSelector("#compare-table caption")).getText()).contains("US dollars");
        // A figure in another unit than the caption's would carry its own unit beside it: there is none.
        assertThat(driver.findElements(By.cssSelector("#compare-table td .cell-unit"))).isEmpty();
        List<String> titles = driver.findElements(By.cssSelector("#compare-table td[data-value]")).stream()
                .map(td -> td.getAttribute("title")).toList();
        assertThat(titles).isNotEmpty().allSatisfy(title -> assertThat(title).doesNotContain("dirham", "dinar"));
        tunisia.click();
        new WebDriverWait(driver, Chromium.PATIENCE).until(d -> d.findElement(By.id("cell-body")).getText()
                .contains("3.122"));
    }

    @Test
    void anIndicatorByRouteIsShownByRouteAndTheChartNamesItsUnit() {
        Chromium.open(driver, base() + "/?lang=en&indicator=DEAD_MISSING");

        assertThat(driver.findElements(By.cssSelector("#compare-table tr[data-area^=ROUTE_] td[data-value]")))
                .isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#compare-table tr[data-area=ROUTE_CMED] th")).getText())
                .isEqualTo("Central Mediterranean route");
        assertThat(driver.findElements(By.cssSelector("#chart-body svg path[data-area^=ROUTE_]"))).isNotEmpty();
        assertThat(driver.findElement(By.id("chart-unit")).getText()).isEqualTo("Unit: persons");
    }

    @Test
    void detectionsThatFrontexGivesOnlyByBorderAndCitizenshipAreShownPerRouteAsComputedTotals() throws Exception {
        Chromium.open(driver, base() + "/?lang=fr&indicator=IBC_DETECT&freq=M&illustrative=true");

        // 410 + 220 + 35: the sample's three Western Mediterranean rows of January (sea: Algerians, Moroccans;
        // land: Moroccans), which Frontex gives without a route total.
        WebElement january = driver.findElement(By.cssSelector(
                "#compare-table td[data-area=ROUTE_WMED][data-period='2024-01']"));
        assertThat(january.getAttribute("data-value")).isEqualTo("665");
        assertThat(january.getAttribute("data-sum")).isEqualTo("3");
        assertThat(january.findElement(By.className("sum-mark")).getText()).isEqualTo("Σ");
        assertThat(driver.findElements(By.cssSelector("#compare-table tr[data-area=ROUTE_CMED] td[data-sum]")))
                .hasSize(3);
        assertThat(driver.findElement(By.cssSelector("#compare-table tbody[data-group=OTHER] th")).getText())
                .isEqualTo("Autres zones");
        january.click();
        new WebDriverWait(driver, Chromium.PATIENCE).until(d -> d.findElement(By.id("cell-body")).getText()
                .contains("Total calculé"));
        assertThat(driver.findElement(By.id("cell-body")).getText()).contains("DZA·SEA, MAR·LAND, MAR·SEA",
                "seulement s'il les liste toutes");

        Chromium.open(driver, base() + "/?lang=ar&indicator=IBC_DETECT&freq=M&illustrative=true");
        assertThat(driver.findElement(By.cssSelector("#compare-table tbody[data-group=OTHER] th")).getText())
                .isEqualTo("مناطق أخرى");
        driver.findElement(By.cssSelector("#compare-table td[data-area=ROUTE_CMED][data-period='2024-01']")).click();
        WebElement panel = driver.findElement(By.id("cell-body"));
        new WebDriverWait(driver, Chromium.PATIENCE).until(d -> panel.getText().contains("مجموع محسوب"));
        assertThat(PageChecks.latinRunsNotIsolated(driver, panel)).isEmpty();
        assertThat(PageChecks.axe(driver)).isEmpty();
        Chromium.screenshot(driver, "detections-by-route-ar.png");
    }

    private void showBars() {
        driver.findElement(By.cssSelector("input[name=chart][value=bar]")).click();
    }

    /** Presses space on a switch and waits for the figures it asks for. */
    private void toggle(String id, String urlPart) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).focus()", id);
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        WebDriverWait wait = new WebDriverWait(driver, Chromium.PATIENCE);
        wait.until(d -> d.getCurrentUrl().contains(urlPart));
        wait.until(d -> "false".equals(d.findElement(By.id("figures")).getAttribute("aria-busy")));
    }
}
