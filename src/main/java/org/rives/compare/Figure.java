package org.rives.compare;

/**
 * One source's figure for one area and period, either as published or rolled up from months or
 * quarters ({@code coverage} then says how many of them it stands on).
 */
public record Figure(String source, double value, String unit, int unitMult, String status, String flags, int loadId,
                     Coverage coverage) {

    /** The figure in units (its multiplier applied). */
    public double absolute() {
        return value * Math.pow(10, unitMult);
    }

    public boolean partial() {
        return coverage != null && !coverage.complete();
    }
}
