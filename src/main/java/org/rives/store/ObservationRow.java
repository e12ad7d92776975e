package org.rives.store;

/** One observation in the harmonised long model, with the load that brought it. */
public record ObservationRow(String source, String indicator, String refArea, String counterpartArea, String sex,
                             String age, String breakdown, String freq, String timePeriod, double value, String unit,
                             int unitMult, String status, String flags, int loadId, Integer supersededBy, long line) {
}
