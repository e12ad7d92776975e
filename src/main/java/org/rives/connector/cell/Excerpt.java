package org.rives.connector.cell;

import java.util.Locale;

/**
 * How a report quotes text read from a file: whole and in quotes when short, cut after {@value #MAX}
 * characters with an ellipsis and its full length when long, and on one line (control characters are
 * written as escapes). One huge cell, echoed by every rejection it causes, would otherwise make a report
 * hundreds of times larger than the file.
 */
public final class Excerpt {

    /** Characters of a cell a report quotes. */
    public static final int MAX = 80;

    private Excerpt() {
    }

    /** {@code "text"}, or {@code "first 80 characters…" (1,048,576 characters)}. */
    public static String quoted(String text) {
        if (text == null) {
            return "\"\"";
        }
        if (text.length() <= MAX) {
            return "\"" + visible(text) + "\"";
        }
        int cut = Character.isHighSurrogate(text.charAt(MAX - 1)) ? MAX - 1 : MAX;
        return "\"" + visible(text.substring(0, cut)) + "\u2026\" (" + String.format(Locale.ROOT, "%,d", text.length())
                + " characters)";
    }

    /** The text with line breaks, tabs and other control characters written as escapes. */
    private static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }
}
