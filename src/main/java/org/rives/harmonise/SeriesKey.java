package org.rives.harmonise;

/**
 * The full key of a series in the harmonised model, everything but the period: one source's figures
 * for one indicator, area, partner and breakdown at one frequency, in one unit.
 */
public record SeriesKey(String source, String indicator, String refArea, String counterpartArea, String sex,
                        String age, String breakdown, String freq, String unit, int unitMult) {
}
