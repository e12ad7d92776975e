package org.rives.connector.fetch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a publisher's error answer says, in one line: the {@code faultstring} of a SOAP fault (Eurostat's
 * "EXTRACTION_TOO_BIG: ..."), the {@code message}/{@code value} of a JSON error (the World Bank's), or the
 * text itself without markup.
 */
final class PublisherMessage {

    private static final int MAX = 300;
    private static final Pattern FAULT = Pattern.compile("<(?:\\w+:)?faultstring>([^<]*)<", Pattern.DOTALL);
    private static final Pattern JSON_TEXT = Pattern.compile("\"(?:message|value|detail|title)\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>");

    private PublisherMessage() {
    }

    /** The gist of {@code body}, or "" when it says nothing. */
    static String of(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        Matcher fault = FAULT.matcher(body);
        if (fault.find()) {
            return shorten(fault.group(1));
        }
        Matcher json = JSON_TEXT.matcher(body);
        if (json.find()) {
            return shorten(json.group(1));
        }
        return shorten(MARKUP.matcher(body).replaceAll(" "));
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX ? line : line.substring(0, MAX) + "...";
    }
}
