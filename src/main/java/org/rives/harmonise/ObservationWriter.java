package org.rives.harmonise;

/**
 * Where harmonised observations go. Series and periods are passed as indexes into the dictionaries
 * the {@link Harmoniser} keeps, so the writer moves numbers, not strings, per observation.
 */
public interface ObservationWriter {

    void append(int series, int period, double value, String status, String flags, long line);
}
