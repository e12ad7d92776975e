package org.rives.connector.incidents;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rives.connector.ObservationSink;

/**
 * Running sums per group and month, then per year: memory is bounded by groups × months, whatever the
 * number of incidents. Each sum remembers the first line that fed it, for the report.
 */
final class IncidentTotals {

    private final IncidentColumns columns;
    private final int width;
    private final Map<String, TreeMap<YearMonth, long[]>> byGroup = new TreeMap<>();
    /** The key of each sum, {measure, group}: one array, as the sink copies what it keeps. */
    private final String[] key = new String[2];

    IncidentTotals(IncidentColumns columns) {
        this.columns = columns;
        this.width = columns.measures().length + 1;
    }

    /** Adds one incident's counts; the last slot of a tally is the first line that fed it. */
    void add(String group, YearMonth month, long[] counts, long line) {
        long[] tally = byGroup.computeIfAbsent(group, g -> new TreeMap<>())
                .computeIfAbsent(month, m -> {
                    long[] fresh = new long[width + 1];
                    fresh[width] = line;
                    return fresh;
                });
        for (int i = 0; i < width; i++) {
            tally[i] += counts[i];
        }
    }

    void emit(ObservationSink sink, List<String> frequencies) {
        byGroup.forEach((group, months) -> {
            if (frequencies.contains("M")) {
                months.forEach((month, tally) -> emit(sink, group, month.toString(), tally));
            }
            if (frequencies.contains("A")) {
                years(months).forEach((year, tally) -> emit(sink, group, year, tally));
            }
        });
    }

    private Map<String, long[]> years(TreeMap<YearMonth, long[]> months) {
        Map<String, long[]> years = new TreeMap<>();
        months.forEach((month, tally) -> {
            long[] sum = years.computeIfAbsent(String.valueOf(month.getYear()), y -> {
                long[] fresh = new long[width + 1];
                fresh[width] = tally[width];
                return fresh;
            });
            for (int i = 0; i < width; i++) {
                sum[i] += tally[i];
            }
        });
        return years;
    }

    private void emit(ObservationSink sink, String group, String period, long[] tally) {
        String[] measures = columns.measures();
        for (int i = 0; i < measures.length; i++) {
            emit(sink, measures[i], group, period, columns.counts()[i] + 1, tally, i);
        }
        if (columns.totalMeasure() != null) {
            emit(sink, columns.totalMeasure(), group, period, columns.total() + 1, tally, measures.length);
        }
    }

    private void emit(ObservationSink sink, String measure, String group, String period, int column, long[] tally,
                      int slot) {
        key[0] = measure;
        key[1] = group;
        sink.observation(sink.series(key), tally[width], column, period, Long.toString(tally[slot]), null);
    }
}
