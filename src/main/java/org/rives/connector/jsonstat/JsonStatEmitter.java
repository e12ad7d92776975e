package org.rives.connector.jsonstat;

import org.rives.connector.ObservationSink;
import org.rives.connector.SeriesHandle;

/**
 * Turns (flat index, value text) pairs into observations for the sink. Consecutive cells of one series
 * share one handle: the key is decoded, and a handle asked for, only when the series changes.
 */
final class JsonStatEmitter {

    private final JsonStatCube cube;
    private final JsonStatStatus status;
    private final ObservationSink sink;
    private final String[] dimensions;
    private long lastSeries = -1;
    private SeriesHandle handle;

    JsonStatEmitter(JsonStatCube cube, JsonStatStatus status, ObservationSink sink) {
        this.cube = cube;
        this.status = status;
        this.sink = sink;
        this.dimensions = new String[cube.ids().length - 1];
    }

    JsonStatCube cube() {
        return cube;
    }

    void emit(long index, String text, long line, int column) {
        sink.rowRead();
        if (index < 0 || index >= cube.cells()) {
            sink.reject(line, column, "cell index " + index + " is outside the cube, which has " + cube.cells()
                    + " cells (" + String.join(" x ", cube.ids()) + ")");
            return;
        }
        long series = cube.seriesOf(index);
        if (series != lastSeries) {
            cube.decode(index, dimensions);
            handle = sink.series(dimensions);
            lastSeries = series;
        }
        String period = cube.codes()[cube.time()][cube.timeOf(index)];
        sink.observation(handle, line, column, period, text, status.of(index));
    }
}
