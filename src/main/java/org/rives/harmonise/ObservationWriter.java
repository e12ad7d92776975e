package org.rives.harmonise;

/**
 * Where harmonised observations go. Series and periods are passed as indexes into the dictionaries
 * the {@link Harmoniser} keeps, so the writer moves numbers, not strings, per observation. Line and
 * column say where the figure was read: two figures of one key are told apart by them, even on one line
 * (a JSON response, a row that gives a period twice).
 */
public interface ObservationWriter {

    void append(int series, int period, double value, String status, String flags, long line, int column);
}
