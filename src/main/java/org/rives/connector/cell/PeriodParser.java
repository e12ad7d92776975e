package org.rives.connector.cell;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the period labels publishers write to SDMX time periods with their frequency:
 * {@code 2019} (A), {@code 2019-Q1} (Q) from {@code 2019Q1} or {@code 2019-Q1}, {@code 2024-03} (M)
 * from {@code 2024-03}, {@code 2024M03} or {@code 2024M3}, and {@code 2026-04-13} (D), a day, as a publisher of
 * daily figures gives it (the ECB's reference rate of one day). A day is kept as a day: it is never taken for
 * the month or year it falls in.
 */
public final class PeriodParser {

    /** A period in SDMX form with its frequency code. */
    public record Period(String freq, String code) {
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:-|M)(\\d{1,2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PeriodParser() {
    }

    /** The normalised period, or null when the label is not a period Rives knows. */
    public static Period parse(String label) {
        String text = label.strip();
        if (YEAR.matcher(text).matches()) {
            return new Period("A", text);
        }
        Matcher m = QUARTER.matcher(text);
        if (m.matches()) {
            return new Period("Q", m.group(1) + "-Q" + m.group(2));
        }
        m = MONTH.matcher(text);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return new Period("M", m.group(1) + "-" + (month < 10 ? "0" : "") + month);
            }
        }
        return DAY.matcher(text).matches() ? day(text) : null;
    }

    /** A calendar day in ISO form; {@code 2024-04-31} is no day. */
    private static Period day(String text) {
        try {
            return new Period("D", LocalDate.parse(text).toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
