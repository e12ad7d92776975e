package org.rives.testing;

import java.util.ArrayList;
import java.util.List;

import org.rives.connector.ObservationSink;

/**
 * A sink that writes down what a reader emits, one readable line per cell
 * ({@code line:column dim|dim period=[cell] flag=[flags]}), for reader tests in any package.
 */
public final class CellRecorder implements ObservationSink {

    public final List<String> columns = new ArrayList<>();
    public final List<String> cells = new ArrayList<>();
    public final List<String> rejections = new ArrayList<>();
    /** Every dimension array handed over, to check that one series shares one array. */
    public final List<String[]> arrays = new ArrayList<>();
    public int rows;

    @Override
    public void columns(String[] names, int[] positions) {
        columns.addAll(List.of(names));
    }

    @Override
    public void observation(long line, int column, String[] dimensions, String period, String cell, String flagCell) {
        arrays.add(dimensions);
        cells.add(line + ":" + column + " " + String.join("|", dimensions) + " " + period + "=[" + cell + "]"
                + (flagCell == null ? "" : " flag=[" + flagCell + "]"));
    }

    /** The cells without their positions, for tests of content only. */
    public List<String> values() {
        return cells.stream().map(c -> c.substring(c.indexOf(' ') + 1)).toList();
    }

    @Override
    public void reject(long line, int column, String reason) {
        rejections.add(line + ":" + column + " " + reason);
    }

    @Override
    public void rowRead() {
        rows++;
    }
}
