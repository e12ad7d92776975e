package org.rives.connector.table;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.rives.connector.cell.Excerpt;

/**
 * Days written the publisher's way ({@code dayFormat}), read as ISO days: the ECB's one-day file writes
 * {@code 13 April 2026} where its history writes {@code 2026-04-13}. Month names are English, in any case;
 * the resolution is strict, so {@code 31 April 2026} is no day.
 */
final class DayLabels {

    private final String pattern;
    private final DateTimeFormatter format;

    private DayLabels(String pattern, DateTimeFormatter format) {
        this.pattern = pattern;
        this.format = format;
    }

    /** The reader of a pattern; one that is no {@link DateTimeFormatter} pattern is refused with the reason. */
    static DayLabels of(String pattern) {
        try {
            DateTimeFormatter format = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
            return new DayLabels(pattern, format);
        } catch (IllegalArgumentException e) {
            // no cause attached: the connector's report gives the innermost message, and this one names the option
            throw new IllegalArgumentException("dayFormat \"" + pattern + "\" is not a date pattern: " + e.getMessage());
        }
    }

    /** The ISO day ({@code 2026-04-13}) a label gives, or null when it is no day of this pattern. */
    String iso(String label) {
        try {
            return LocalDate.parse(label, format).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Why a label is refused, for the report. */
    String refusal(String label) {
        return Excerpt.quoted(label) + " is not a day written as the connector's dayFormat says (" + pattern + ")";
    }
}
