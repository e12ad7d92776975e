package org.rives.testing;

import java.util.ArrayList;
import java.util.List;

import org.rives.connector.Cancellation;
import org.rives.connector.ObservationSink;
import org.rives.connector.SeriesHandle;
import org.rives.connector.cell.CellConventions;

/** A sink that counts what it is given and keeps nothing but the first rejections: for inputs of millions. */
public final class CountingSink implements ObservationSink {

    private static final SeriesHandle HANDLE = new SeriesHandle() { };

    public long observations;
    public long rows;
    public long rejected;
    public final List<String> firstRejections = new ArrayList<>();

    @Override
    public void columns(String[] names, int[] positions, CellConventions cells) {
    }

    @Override
    public SeriesHandle series(String[] dimensions) {
        Cancellation.check();
        return HANDLE;
    }

    @Override
    public void observation(SeriesHandle series, long line, int column, String period, String cell, String flagCell) {
        observations++;
    }

    @Override
    public void reject(long line, int column, String reason) {
        if (rejected++ < 10) {
            firstRejections.add(line + ":" + column + " " + reason);
        }
    }

    @Override
    public void rowRead() {
        Cancellation.check();
        rows++;
    }
}
