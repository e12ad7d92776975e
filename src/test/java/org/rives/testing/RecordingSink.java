package org.rives.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.rives.connector.ObservationSink;

/** Writes down what a reader emits, one readable line per call: the reader tests' shared sink. */
public final class RecordingSink implements ObservationSink {

    public final List<String> columns = new ArrayList<>();
    public final List<String> cells = new ArrayList<>();
    public final List<String> rejections = new ArrayList<>();
    public int rows;

    @Override
    public void columns(String[] names, int[] positions) {
        for (int i = 0; i < names.length; i++) {
            columns.add(names[i] + "@" + positions[i]);
        }
    }

    @Override
    public void observation(long line, int column, String[] dimensions, String period, String cell, String flagCell) {
        cells.add(line + ":" + column + " " + String.join("|", Arrays.asList(dimensions)) + " " + period + "=["
                + cell + "]" + (flagCell == null ? "" : " flag=[" + flagCell + "]"));
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
