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
            sink.observation(tally[width], columns.counts()[i] + 1, new String[] {measures[i], group}, period,
                    Long.toString(tally[i]), null);
        }
        if (columns.totalMeasure() != null) {
            sink.observation(tally[width], columns.total() + 1, new String[] {columns.totalMeasure(), group}, period,
                    Long.toString(tally[measures.length]), null);
        }
    }
}
