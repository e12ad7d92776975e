package org.rives.store;

import java.time.Instant;

/**
 * One vintage of a figure: the value a load brought, when that load was committed, and the load that
 * superseded it (null while it is the current figure, or was at the date asked).
 */
public record Vintage(String source, String indicator, String refArea, String counterpartArea, String sex, String age,
                      String breakdown, String freq, String timePeriod, double value, String unit, int unitMult,
                      String status, String flags, int loadId, Instant loadedAt, String fileName,
                      Integer supersededBy, Instant supersededAt) {
}
