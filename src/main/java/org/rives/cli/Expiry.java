package org.rives.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** {@code --expires}: {@code 90d} (days from now), a date ({@code 2027-06-30}, valid through that day, UTC) or {@code never}. */
final class Expiry {

    private Expiry() {
    }

    /** The instant the token stops working, or null for {@code never}. */
    static Instant parse(String text, Clock clock) {
        if ("never".equalsIgnoreCase(text)) {
            return null;
        }
        if (text.matches("\\d{1,4}d")) {
            return clock.instant().plus(Duration.ofDays(Long.parseLong(text.substring(0, text.length() - 1))));
        }
        try {
            return LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--expires takes a number of days (90d), a date (2027-06-30) or never");
        }
    }
}
