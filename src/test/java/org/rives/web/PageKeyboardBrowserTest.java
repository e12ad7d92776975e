package org.rives.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A keyboard user changes the view control by control, and after each change (the figures reloaded) the
 * focus is still on the control just used, never back on the page's body; the focus ring stands out
 * from the header's blue (WCAG 2.1 1.4.11, 3:1).
 */
class PageKeyboardBrowserTest extends BrowserTest {

    @Test
    void focusStaysOnEachControlAfterTheFiguresReload() {
        Chromium.open(driver, base() + "/?lang=en&axis=DEVELOPMENT&indicator=REMIT_IN");

        focus("axis-DEVELOPMENT");
        press(Keys.ARROW_RIGHT, "axis=INTEGRATION");
        assertFocusOn("axis-INTEGRATION");
        press(Keys.ARROW_LEFT, "axis=DEVELOPMENT");
        assertFocusOn("axis-DEVELOPMENT");

        Chromium.open(driver, base() + "/?lang=en&axis=DEVELOPMENT&indicator=REMIT_IN");
        focus("option-currency");
        press(Keys.ARROW_DOWN, "currency=");
        assertFocusOn("option-currency");
        press(Keys.ARROW_UP, null); // back to as published: a share of GDP takes no currency
        assertFocusOn("option-currency");
        assertThat(driver.getCurrentUrl()).doesNotContain("currency");
        focus("option-scale");
        press(Keys.ARROW_DOWN, "scale=");
        assertFocusOn("option-scale");
        press(Keys.ARROW_UP, null); // a share of GDP takes no scale either
        assertFocusOn("option-scale");
        focus("option-shareOfGdp");
        press(Keys.SPACE, "shareOfGdp=true");
        assertFocusOn("option-shareOfGdp");
        press(Keys.SPACE, null);
        assertFocusOn("option-shareOfGdp");
        assertThat(driver.getCurrentUrl()).doesNotContain("shareOfGdp");
    }

    @Test
    void focusStaysOnTheAxisOnTheArabicPageToo() {
        Chromium.open(driver, base() + "/?lang=ar&axis=DEVELOPMENT&indicator=REMIT_IN");

        focus("axis-DEVELOPMENT");
        press(Keys.ARROW_DOWN, "axis=INTEGRATION");
        assertFocusOn("axis-INTEGRATION");
    }

    @Test
    void focusRingOnTheHeaderStandsOutFromItsBlue() {
        Chromium.open(driver, base() + "/?lang=en");
        WebElement header = driver.findElement(By.cssSelector("header.site"));
        focus("nav-sources");
        tabThereAndBack();
        WebElement link = driver.switchTo().activeElement();

        assertThat(link.getAttribute("id")).isEqualTo("nav-sources");
        assertThat(link.getCssValue("outline-style")).isEqualTo("solid");
        assertThat(PageChecks.contrast(link.getCssValue("outline-color"), header.getCssValue("background-color")))
                .as("focus ring against the header").isGreaterThanOrEqualTo(3.0);
        WebElement download = driver.findElement(By.id("download-csv"));
        focus("download-csv");
        tabThereAndBack();
        assertThat(PageChecks.contrast(download.getCssValue("outline-color"), "rgb(255, 255, 255)"))
                .as("focus ring against the page").isGreaterThanOrEqualTo(3.0);
    }

    /** Tab to the next control and back: the focus ring then shows as it does for a keyboard user. */
    private void tabThereAndBack() {
        new Actions(driver).sendKeys(Keys.TAB).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    private void focus(String id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).focus()", id);
        assertFocusOn(id);
    }

    /** Presses a key on the focused control and waits for the figures it asks for (urlPart in the address). */
    private void press(Keys key, String urlPart) {
        String before = driver.getCurrentUrl();
        new Actions(driver).sendKeys(key).perform();
        WebDriverWait wait = new WebDriverWait(driver, Chromium.PATIENCE);
        wait.until(d -> !d.getCurrentUrl().equals(before) && (urlPart == null || d.getCurrentUrl().contains(urlPart)));
        wait.until(d -> "false".equals(d.findElement(By.id("figures")).getAttribute("aria-busy")));
    }

    private void assertFocusOn(String id) {
        WebElement active = driver.switchTo().activeElement();
        assertThat(active.getAttribute("id")).as("focused element (%s)", active.getTagName()).isEqualTo(id);
    }
}
