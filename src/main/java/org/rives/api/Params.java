package org.rives.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** Request parameters shared by the read endpoints. */
final class Params {

    private static final Set<String> LANGUAGES = Set.of("en", "fr", "ar");

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
            if (text.length() == 10) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(text);
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
