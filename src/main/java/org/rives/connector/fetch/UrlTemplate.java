package org.rives.connector.fetch;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rives.connector.ConnectorDefinition.Remote.Window;

/**
 * A connector's URL with its placeholders: {@code {from}}, the first year of the period window, and
 * {@code {year}}, the current year (for publishers that want an upper bound, such as UNHCR's {@code yearTo}).
 * The window asks only for what may have changed: from {@code window.from} on a first or full fetch, then
 * from the year of the last answered fetch minus {@code window.lookback} years.
 */
public record UrlTemplate(String template) {

    /** Years asked again before the last fetch when the connector does not say: publishers revise recent years. */
    public static final int DEFAULT_LOOKBACK = 2;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(from|year)\\}");

    /**
     * The URL to fetch now.
     *
     * @param lastAnswered  when the publisher last answered this URL's query (200 or 304), null if never
     * @param full          ask from {@code window.from} whatever was fetched before
     */
    public String resolve(Window window, Instant lastAnswered, boolean full, Clock clock) {
        int year = Year.now(clock.withZone(ZoneOffset.UTC)).getValue();
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            String value = "year".equals(matcher.group(1)) ? String.valueOf(year)
                    : String.valueOf(windowStart(window, lastAnswered, full));
            matcher.appendReplacement(url, value);
        }
        matcher.appendTail(url);
        return url.toString();
    }

    /**
     * Whether {@code url} was resolved from this template (its window or year aside): a query of the same
     * data, so the publisher's Last-Modified for it still says whether anything changed since.
     */
    public boolean resolved(String url) {
        if (url == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        int at = 0;
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            regex.append(Pattern.quote(template.substring(at, matcher.start()))).append("\\d{4}");
            at = matcher.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        return url.matches(regex.toString());
    }

    private static int windowStart(Window window, Instant lastAnswered, boolean full) {
        if (window == null) {
            throw new IllegalStateException("a URL with {from} needs remote.window");
        }
        if (full || lastAnswered == null) {
            return window.from();
        }
        int lookback = window.lookback() == null ? DEFAULT_LOOKBACK : window.lookback();
        int last = lastAnswered.atOffset(ZoneOffset.UTC).getYear();
        return Math.max(window.from(), last - lookback);
    }
}
