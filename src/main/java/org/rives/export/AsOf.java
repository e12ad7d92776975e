package org.rives.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** An as-of date as the API reads {@code asOf=}: the same words on the command line and in a URL. */
public final class AsOf {

    private AsOf() {
    }

    /**
     * A full instant as given, or a date meaning the end of that day (UTC), so that {@code 2025-01-01}
     * includes what was loaded on the first of January; null or blank for the current figures.
     */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("as-of must be a date (2025-01-01) or an instant (2025-01-01T12:00:00Z)");
        }
    }
}
