package org.rives.connector;

/**
 * Receives what a {@link FeedReader} finds. Column names announced by {@link #columns} index the
 * value arrays passed to {@link #observation}, so a reader allocates no map per row.
 */
public interface ObservationSink {

    /**
     * The dimension columns of the file, in the order their values will be passed, with the 1-based
     * column each is read from (for the report).
     */
    void columns(String[] names, int[] positions);

    /**
     * One cell holding (or standing for) an observation.
     *
     * @param line         1-based physical line of the row in the file
     * @param column       1-based column of the value cell
     * @param dimensions   raw dimension values, aligned with {@link #columns}
     * @param period       the period as written by the publisher
     * @param cell         the raw value text, flags included if glued
     * @param flagCell     a separate flag cell, or null
     */
    void observation(long line, int column, String[] dimensions, String period, String cell, String flagCell);

    /** A row that cannot be read as observations (too many or too few fields, for instance). */
    void reject(long line, int column, String reason);

    /** A data row seen, whatever became of it. */
    void rowRead();
}
