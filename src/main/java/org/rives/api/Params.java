package org.rives.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** Request parameters shared by the read endpoints. */
final class Params {

    private static final Set<String> LANGUAGES = Set.of("en", "fr", "ar");
    /** Instants the store's timestamps can hold; beyond, DuckDB would fail on the comparison. */
    private static final Instant EARLIEST_AS_OF = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST_AS_OF = Instant.parse("9999-12-31T23:59:59Z");

    private Params() {
    }

    /**
     * {@code asOf} as an instant: a full timestamp as given, or a date meaning the end of that day (UTC),
     * so that {@code asOf=2025-01-01} includes what was loaded on the first of January.
     */
    static Instant asOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant instant = text.length() == 10
                    ? LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(text);
            if (instant.isBefore(EARLIEST_AS_OF) || instant.isAfter(LATEST_AS_OF)) {
                throw new IllegalArgumentException("asOf must lie between the years 1 and 9999");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf must be a date (2025-01-01) or an instant (2025-01-01T12:00:00Z)");
        }
    }

    static String language(String lang) {
        if (lang == null) {
            return "en";
        }
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("lang must be one of en, fr, ar");
        }
        return lang;
    }
}
