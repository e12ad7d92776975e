package org.rives.harmonise;

/**
 * Where harmonised observations go. Series and periods are passed as indexes into the dictionaries
 * the {@link Harmoniser} keeps, so the writer moves numbers, not strings, per observation. Line and
 * column say where the figure was read: two figures of one key are told apart by them, even on one line
 * (a JSON response, a row that gives a period twice).
 */
public interface ObservationWriter {

    /**
     * The status a withdrawal is staged with (the file names the figure to take back, see
     * {@code ObservationSink.withdrawn}); never the status of a figure, which is an SDMX OBS_STATUS code.
     */
    String WITHDRAWN = "WITHDRAWN";

    void append(int series, int period, double value, String status, String flags, long line, int column);
}
