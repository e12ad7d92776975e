package org.rives.connector;

import org.rives.connector.cell.CellConventions;

/**
 * Receives what a {@link FeedReader} finds. A reader announces its dimension columns once, asks for a
 * {@link SeriesHandle} for each key it meets, and passes every observation against its handle: series
 * identity is the handle, never the identity of an array, so a reader may fill one array for every row.
 *
 * <p>Each method may throw {@link ReadCancelledException} when the load is cancelled.
 */
public interface ObservationSink {

    /**
     * Before any series: the dimension columns of the file, in the order keys give their values, with
     * the 1-based column each is read from (for the report), and how the file writes value cells.
     */
    void columns(String[] names, int[] positions, CellConventions cells);

    /**
     * The handle of the series with these raw dimension values, aligned with {@link #columns}. The sink
     * copies what it keeps and never changes the array; the reader may change it once this returns.
     */
    SeriesHandle series(String[] dimensions);

    /**
     * One cell holding (or standing for) an observation of a series.
     *
     * @param series   the handle {@link #series} gave for the cell's key
     * @param line     1-based physical line of the row in the file
     * @param column   1-based column of the value cell
     * @param period   the period as written by the publisher
     * @param cell     the raw value text, flags included if glued
     * @param flagCell a separate flag cell, or null
     */
    void observation(SeriesHandle series, long line, int column, String period, String cell, String flagCell);

    /**
     * A value cell that the connector's layout leaves out on purpose (a row whose period does not match the
     * connector's {@code periodPattern}): counted as filtered out, neither an observation nor a rejection.
     */
    default void filtered(long line, int column) {
    }

    /**
     * An observation the file withdraws rather than gives (an SDMX data set whose action is Delete): the
     * figure of this series and period is to be taken back, and no other. A sink that cannot withdraw single
     * figures rejects the cell.
     */
    default void withdrawn(SeriesHandle series, long line, int column, String period) {
        reject(line, column, "this file withdraws the observation of period " + period
                + ", which this load cannot do");
    }

    /** A row that cannot be read as observations (too many or too few fields, for instance). */
    void reject(long line, int column, String reason);

    /** A data row seen, whatever became of it. */
    void rowRead();

    /**
     * Something the connector's author should know that is no fault of a row: a header cell the connector
     * leaves unused, periods not yet complete. Listed in the report's warnings; a sink may ignore it.
     */
    default void warn(String message) {
    }
}
