package org.rives.connector.csv;

import org.rives.connector.CsvOptions;
import org.rives.connector.ObservationSink;

/**
 * Puts month names into SDMX periods before the cells reach the harmoniser ({@code csv.monthNames},
 * {@code csv.monthColumn}); everything else passes through untouched. The month column stays a
 * dimension column, so {@code exclude} can drop its "Total" row.
 */
final class MonthPeriodSink implements ObservationSink {

    private final ObservationSink sink;
    private final MonthNames months;
    private final String monthColumn;
    private int monthIndex = -1;

    private MonthPeriodSink(ObservationSink sink, MonthNames months, String monthColumn) {
        this.sink = sink;
        this.months = months;
        this.monthColumn = monthColumn;
    }

    /** The sink itself when the connector names no month option. */
    static ObservationSink wrap(CsvOptions options, ObservationSink sink) {
        if (options.monthNames() == null && options.monthColumn() == null) {
            return sink;
        }
        String language = options.monthNames() == null ? "en" : options.monthNames();
        return new MonthPeriodSink(sink, MonthNames.of(language), options.monthColumn());
    }

    @Override
    public void columns(String[] names, int[] positions) {
        if (monthColumn != null) {
            monthIndex = java.util.Arrays.asList(names).indexOf(monthColumn);
        }
        sink.columns(names, positions);
        if (monthColumn != null && monthIndex < 0) {
            // every cell's period then stays a bare year and the report says why
            sink.reject(0, 0, "csv.monthColumn \"" + monthColumn + "\" is not a column of the file (columns: "
                    + String.join(", ", names) + ")");
        }
    }

    @Override
    public void observation(long line, int column, String[] dimensions, String period, String cell, String flagCell) {
        String label = monthIndex >= 0 ? months.combine(period, dimensions[monthIndex]) : months.normalise(period);
        sink.observation(line, column, dimensions, label, cell, flagCell);
    }

    @Override
    public void reject(long line, int column, String reason) {
        sink.reject(line, column, reason);
    }

    @Override
    public void rowRead() {
        sink.rowRead();
    }
}
