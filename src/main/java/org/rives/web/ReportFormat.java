package org.rives.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.rives.compare.CompareTable;

/** Figures, dates and text of the report as HTML, escaped, in the report's language. */
final class ReportFormat {

    private final WebText text;

    ReportFormat(WebText text) {
        this.text = text;
    }

    /** A figure rounded for reading, its exact value as published in data-value, its flag if not normal. */
    String valueCell(CompareTable.Cell cell) {
        if (cell == null || cell.value() == null) {
            return "<td class=\"num missing\">–</td>";
        }
        String flag = "A".equals(cell.status()) ? ""
                : " <abbr class=\"flag\" title=\"" + esc(text.status(cell.status()))
                + "\">" + esc(cell.status().toLowerCase()) + "</abbr>";
        return "<td class=\"num\" data-value=\"" + cell.value().toPlainString() + "\">" + number(cell.value()) + flag
                + "</td>";
    }

    /** As {@link #valueCell(CompareTable.Cell)}, labelled for a narrow screen, where a row reads as a list. */
    String valueCell(CompareTable.Cell cell, String label) {
        return "<td data-label=\"" + esc(label) + "\"" + valueCell(cell).substring("<td".length());
    }

    String number(BigDecimal value) {
        return esc(text.numbers(value.abs().compareTo(BigDecimal.valueOf(100)) >= 0 ? 0 : 2).format(value));
    }

    String signed(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return (value.signum() > 0 ? "+" : "") + number(value);
    }

    String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(text.locale())
                .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    static String day(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(instant);
    }

    static String esc(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

}
