package org.rives.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page in every language passes axe-core's WCAG 2.1 A and AA rules, and reads at 320 and 360 px wide
 * without sideways scrolling (WCAG 1.4.10, as EN 301 549 asks of public-sector sites): tables may scroll
 * inside their own box, the page may not. Screenshots of the phone width are left in the build folder.
 */
class PageAccessibilityBrowserTest extends BrowserTest {

    static final int PHONE = 360;
    static final List<String> LANGUAGES = List.of("en", "fr", "ar");

    static Stream<Arguments> pagesInEveryLanguage() {
        return Stream.of("/", "/sources.html", "/report")
                .flatMap(page -> LANGUAGES.stream().map(lang -> Arguments.of(page, lang)));
    }

    static Stream<Arguments> pagesAtPhoneWidths() {
        return Stream.of("/", "/sources.html", "/report").flatMap(page -> LANGUAGES.stream()
                .flatMap(lang -> Stream.of(320, PHONE).map(width -> Arguments.of(page, lang, width))));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("pagesInEveryLanguage")
    void noWcag21Violation(String page, String lang) {
        Chromium.desktop(driver);
        Chromium.open(driver, base() + page + "?lang=" + lang);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);

        assertThat(PageChecks.axe(driver)).as("axe-core %s, WCAG 2.1 A/AA, on %s in %s",
                PageChecks.AXE_VERSION, page, lang).isEmpty();
    }

    /** The checks themselves catch what they look for: a page with known faults fails each of them. */
    @Test
    void checksFindFaultsWhereThereAreSome() {
        Chromium.width(driver, PHONE);
        try {
            driver.get("data:text/html;charset=utf-8,<title>t</title><img src='x.png'>"
                    + "<div style='width:1000px'>wide</div><p dir='rtl'>English only</p>");

            assertThat(PageChecks.axe(driver)).extracting(PageChecks.Violation::rule)
                    .contains("image-alt", "html-has-lang");
            assertThat(PageChecks.documentWidth(driver)).isGreaterThan(PHONE);
            assertThat(PageChecks.latinRunsNotIsolated(driver, driver.findElement(By.tagName("body"))))
                    .contains("English only");
        } finally {
            Chromium.desktop(driver);
        }
    }

    @ParameterizedTest(name = "{0} in {1} at {2} px")
    @MethodSource("pagesAtPhoneWidths")
    void readsAtPhoneWidthWithoutScrollingSideways(String page, String lang, int width) throws Exception {
        Chromium.width(driver, width);
        try {
            Chromium.open(driver, base() + page + "?lang=" + lang);

            assertThat(PageChecks.documentWidth(driver)).as("width of %s in %s at %d px; too wide: %s", page, lang,
                    width, PageChecks.beyond(driver, width)).isLessThanOrEqualTo(width);
            WebElement title = driver.findElement(By.tagName("h1"));
            assertThat(title.getRect().getX()).as("title's start").isGreaterThanOrEqualTo(0);
            assertThat(title.getRect().getX() + title.getRect().getWidth()).as("title's end").isLessThanOrEqualTo(width);
            if (width == PHONE) {
                String name = page.equals("/") ? "committee-page" : page.substring(1).replace(".html", "") + "-page";
                Chromium.screenshot(driver, name + "-" + lang + "-360px.png");
            }
        } finally {
            Chromium.desktop(driver);
        }
    }
}
