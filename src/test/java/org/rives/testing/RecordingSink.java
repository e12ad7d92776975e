package org.rives.testing;

import java.util.ArrayList;
import java.util.List;

import org.rives.connector.Cancellation;
import org.rives.connector.ObservationSink;
import org.rives.connector.SeriesHandle;
import org.rives.connector.cell.CellConventions;

/**
 * Writes down what a reader emits, one readable line per cell ({@code line:column dim|dim period=[cell]
 * flag=[flags]}): the reader tests' shared sink. Like every sink it keeps its own copy of each key and
 * checks for cancellation at each row and series.
 */
public class RecordingSink implements ObservationSink {

    /** A handle of this sink: the key as it was when the handle was asked for. */
    public record Handle(List<String> key) implements SeriesHandle {
    }

    /** Column names with their 1-based positions ({@code geo@2}). */
    public final List<String> columns = new ArrayList<>();
    /** Column names alone. */
    public final List<String> names = new ArrayList<>();
    public final List<String> cells = new ArrayList<>();
    public final List<String> rejections = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    /** Cells the layout left out on purpose ({@code line:column}). */
    public final List<String> filtered = new ArrayList<>();
    /** The handle of each cell, in order: cells of one series share one. */
    public final List<SeriesHandle> handles = new ArrayList<>();
    public CellConventions conventions;
    public int rows;

    @Override
    public void columns(String[] names, int[] positions, CellConventions cells) {
        for (int i = 0; i < names.length; i++) {
            this.names.add(names[i]);
            columns.add(names[i] + "@" + positions[i]);
        }
        conventions = cells;
    }

    @Override
    public SeriesHandle series(String[] dimensions) {
        Cancellation.check();
        return new Handle(List.of(dimensions.clone()));
    }

    @Override
    public void observation(SeriesHandle series, long line, int column, String period, String cell, String flagCell) {
        handles.add(series);
        cells.add(line + ":" + column + " " + String.join("|", ((Handle) series).key()) + " " + period + "=[" + cell
                + "]" + (flagCell == null ? "" : " flag=[" + flagCell + "]"));
    }

    /** A withdrawn observation, recorded as a cell whose value is {@code withdrawn}. */
    @Override
    public void withdrawn(SeriesHandle series, long line, int column, String period) {
        handles.add(series);
        cells.add(line + ":" + column + " " + String.join("|", ((Handle) series).key()) + " " + period + "=withdrawn");
    }

    /** The cells without their positions, for tests of content only. */
    public List<String> values() {
        return cells.stream().map(c -> c.substring(c.indexOf(' ') + 1)).toList();
    }

    @Override
    public void filtered(long line, int column) {
        filtered.add(line + ":" + column);
    }

    @Override
    public void reject(long line, int column, String reason) {
        rejections.add(line + ":" + column + " " + reason);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public void rowRead() {
        Cancellation.check();
        rows++;
    }
}
