package org.rives.connector.table;

import java.util.Arrays;
import java.util.Set;

import org.rives.connector.FeedFormatException;
import org.rives.connector.ObservationSink;

/**
 * A sink that takes a table's days and passes on longer periods ({@link DailyMeans}, {@link DailySums}): it can
 * only know a period's figure once the whole file is read. What is no observation goes straight on.
 */
abstract class DayAggregation implements ObservationSink {

    protected final ObservationSink target;

    protected DayAggregation(ObservationSink target) {
        this.target = target;
    }

    /** The file is read: pass on the figures of the whole periods, and say what was left out. */
    abstract void finish();

    @Override
    public void reject(long line, int column, String reason) {
        target.reject(line, column, reason);
    }

    @Override
    public void rowRead() {
        target.rowRead();
    }

    @Override
    public void warn(String message) {
        target.warn(message);
    }

    @Override
    public void filtered(long line, int column) {
        target.filtered(line, column);
    }

    /** The sink that turns a table's days into months and years, or null when the layout asks for none. */
    static DayAggregation of(TableLayout layout, TableHeader header, long headerLine, String block,
                             Set<String> named, ObservationSink target) throws FeedFormatException {
        if (layout.dailyMeans() != null) {
            return new DailyMeans(target, layout.dailyMeans(), header.periodColumn() + 1);
        }
        if (layout.dailySums() == null) {
            return null;
        }
        String report = layout.dailySums().reportColumn();
        if (report != null && !Arrays.asList(header.dimensionNames()).contains(report)) {
            throw new FeedFormatException(headerLine, 0, "column \"" + report + "\" (" + block
                    + ".dailySums.reportColumn) is not in the header");
        }
        return new DailySums(target, layout.dailySums(), header.periodColumn() + 1, named);
    }
}
