package org.rives.connector.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * How current a source is against the publisher's release cadence. A source is {@code fresh} until a
 * cadence has passed since its last successful load, {@code due} during the next cadence (a new release
 * is expected), and {@code overdue} once two cadences have passed (a release has been missed, or the
 * fetch is failing). Without a declared cadence the state is {@code unknown}; a source with a cadence
 * that was never loaded is overdue.
 *
 * @param lastLoaded  start of the last load that committed, or found its bytes already loaded
 * @param dueAt       when the next release is expected
 * @param ageSeconds  seconds since {@code lastLoaded}, null if never loaded
 */
public record Freshness(String state, String cadence, Instant lastLoaded, Instant dueAt, Instant overdueAt,
                        Long ageSeconds) {

    public static final String FRESH = "fresh";
    public static final String DUE = "due";
    public static final String OVERDUE = "overdue";
    public static final String UNKNOWN = "unknown";

    public static Freshness of(Instant lastLoaded, String cadence, Instant now) {
        Long age = lastLoaded == null ? null : Duration.between(lastLoaded, now).toSeconds();
        Period period = parse(cadence);
        if (period == null) {
            return new Freshness(UNKNOWN, cadence, lastLoaded, null, null, age);
        }
        if (lastLoaded == null) {
            return new Freshness(OVERDUE, cadence, null, null, null, null);
        }
        Instant due = lastLoaded.atOffset(ZoneOffset.UTC).plus(period).toInstant();
        Instant overdue = lastLoaded.atOffset(ZoneOffset.UTC).plus(period.multipliedBy(2)).toInstant();
        String state = now.isBefore(due) ? FRESH : now.isBefore(overdue) ? DUE : OVERDUE;
        return new Freshness(state, cadence, lastLoaded, due, overdue, age);
    }

    /** The value of the {@code rives_source_freshness} gauge: 0 fresh, 1 due, 2 overdue, NaN unknown. */
    public double gaugeValue() {
        return switch (state) {
            case FRESH -> 0;
            case DUE -> 1;
            case OVERDUE -> 2;
            default -> Double.NaN;
        };
    }

    private static Period parse(String cadence) {
        if (cadence == null || cadence.isBlank()) {
            return null;
        }
        try {
            Period period = Period.parse(cadence);
            return period.isZero() || period.isNegative() ? null : period;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
