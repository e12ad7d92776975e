package org.rives.connector.jsonstat;

import org.rives.connector.ObservationSink;

/**
 * Turns (flat index, value text) pairs into observations for the sink. Consecutive cells of one
 * series share one dimension array, so the sink can tell a new series from the array it is handed.
 */
final class JsonStatEmitter {

    private final JsonStatCube cube;
    private final JsonStatStatus status;
    private final ObservationSink sink;
    private final int columns;
    private long lastSeries = -1;
    private String[] dimensions;

    JsonStatEmitter(JsonStatCube cube, JsonStatStatus status, ObservationSink sink) {
        this.cube = cube;
        this.status = status;
        this.sink = sink;
        this.columns = cube.ids().length - 1;
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
            dimensions = new String[columns];
            cube.decode(index, dimensions);
            lastSeries = series;
        }
        String period = cube.codes()[cube.time()][cube.timeOf(index)];
        sink.observation(line, column, dimensions, period, text, status.of(index));
    }
}
