package org.rives.store;

import java.time.Instant;

/**
 * A figure that a load added, revised or withdrew. {@code value} is the new figure (null when
 * withdrawn), {@code previous} the one it replaced (null when new).
 */
public record Change(Kind kind, String source, String indicator, String refArea, String counterpartArea, String sex,
                     String age, String breakdown, String freq, String timePeriod, Double value, Double previous,
                     String unit, int unitMult, String status, int loadId, Instant loadedAt) {

    /** What happened to the figure. */
    public enum Kind { NEW, REVISED, WITHDRAWN }
}
