package org.rives.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Checks any page of the server can be put through in a real browser: axe-core's WCAG 2.1 A and AA rules,
 * the width the page needs (reflow at 320–360 px), Latin runs left un-isolated in a right-to-left page,
 * where a character is drawn, and the contrast of two colours. Written for every page (the committee page,
 * the sources page, the report, the upload page) so that a new page is checked by one call each.
 */
final class PageChecks {

    /** The axe-core build under src/test/resources/axe (see its README for source and licence). */
    static final String AXE_VERSION = "4.14.1";
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String AXE = resource("/axe/axe.min.js");

    private PageChecks() {
    }

    /** One rule axe-core finds broken, with the elements that break it. */
    record Violation(String rule, String impact, String help, List<String> elements) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " " + elements;
        }
    }

    /** Where one character is drawn, in CSS pixels of the page. */
    record Box(double left, double right, double top) {
        double middle() {
            return (left + right) / 2;
        }
    }

    /** Runs axe-core on the page as it stands, with the WCAG 2.1 A and AA rules only. */
    @SuppressWarnings("unchecked")
    static List<Violation> axe(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(AXE);
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                  .then((result) => done(result.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help,
                    elements: v.nodes.map((n) => n.target.join(' ')) }))))
                  .catch((error) => done([{ rule: 'axe-error', impact: 'critical', help: String(error), elements: [] }]));
                """, WCAG_21_AA);
        return found.stream().map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"),
                (String) v.get("help"), (List<String>) v.get("elements"))).toList();
    }

    /** The width the page's content needs: more than the screen's means the page scrolls sideways. */
    static long documentWidth(WebDriver driver) {
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
    }

    /** Elements reaching beyond [0, width], outside any box that scrolls on its own: what widens the page. */
    @SuppressWarnings("unchecked")
    static List<String> beyond(WebDriver driver, int width) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const width = arguments[0];
                const scrolls = (e) => e.closest('.table-wrap');
                return [...document.body.querySelectorAll('*')].filter((e) => {
                  const box = e.getBoundingClientRect();
                  return box.width && !scrolls(e) && (box.right > width + 0.5 || box.left < -0.5);
                }).slice(0, 10).map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '')
                  + ' [' + Math.round(e.getBoundingClientRect().left) + ', ' + Math.round(e.getBoundingClientRect().right) + ']');
                """, width);
    }

    /**
     * Text runs in Latin script under root that no isolating element marks with a language other than
     * Arabic: on the Arabic page each of them would move its punctuation or be read with an Arabic voice.
     */
    @SuppressWarnings("unchecked")
    static List<String> latinRunsNotIsolated(WebDriver driver, WebElement root) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const root = arguments[0], found = [];
                const isolating = (e) => ['isolate', 'isolate-override', 'plaintext'].includes(getComputedStyle(e).unicodeBidi);
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const parent = node.parentElement;
                  if (!/[A-Za-z]/.test(node.data) || parent.closest('svg, script, style, option, title')) continue;
                  if (!parent.getClientRects().length) continue;
                  const marked = parent.closest('[lang]');
                  let isolated = false;
                  for (let e = parent; e && e !== document.documentElement && !isolated; e = e.parentElement) isolated = isolating(e);
                  if (!marked || marked.lang.startsWith('ar') || !isolated) found.push(node.data.trim().slice(0, 80));
                }
                return found;
                """, root);
    }

    /** Where the index-th character of the first occurrence of text under element is drawn. */
    @SuppressWarnings("unchecked")
    static Box charBox(WebDriver driver, WebElement element, String text, int index) {
        Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                const [element, text, index] = arguments;
                const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const at = node.data.indexOf(text);
                  if (at < 0) continue;
                  const range = document.createRange();
                  range.setStart(node, at + index);
                  range.setEnd(node, at + index + 1);
                  const r = range.getBoundingClientRect();
                  return { left: r.left, right: r.right, top: r.top };
                }
                return null;
                """, element, text, index);
        if (box == null) {
            throw new AssertionError("\"" + text + "\" is not in " + element.getTagName() + ": " + element.getText());
        }
        return new Box(number(box.get("left")), number(box.get("right")), number(box.get("top")));
    }

    /** WCAG contrast ratio of two CSS colours given as rgb() or rgba() (opaque). */
    static double contrast(String colour, String other) {
        double a = luminance(colour), b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)");

    private static double luminance(String colour) {
        Matcher m = RGB.matcher(colour);
        if (!m.find()) {
            throw new IllegalArgumentException("not an rgb() colour: " + colour);
        }
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(m.group(i + 1)) / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static String resource(String name) {
        try (InputStream in = PageChecks.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
