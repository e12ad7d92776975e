package org.rives.connector.incidents;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.rives.connector.FeedFormatException;
import org.rives.connector.ObservationSink;
import org.rives.connector.cell.FigureRange;

/**
 * Running sums per group and month, and per group and year: memory is bounded by the number of sums,
 * at most {@value #MAX_SUMS} (IOM's whole history is a few thousand route-months), whatever the number
 * of incidents. Each sum remembers the first line that fed it, for the report. A count that would carry
 * a sum out of the range of figures ({@link FigureRange}: below 1e18) is refused with its row, so a sum
 * can never wrap round into a negative one.
 */
final class IncidentTotals {

    static final int MAX_SUMS = 100_000;
    private static final long LIMIT = 1_000_000_000_000_000_000L;

    private final IncidentColumns columns;
    private final int width;
    private final Map<String, TreeMap<YearMonth, long[]>> byMonth = new TreeMap<>();
    private final Map<String, TreeMap<Integer, long[]>> byYear = new TreeMap<>();
    private int sums;
    /** The key of each sum, {measure, group}: one array, as the sink copies what it keeps. */
    private final String[] key = new String[2];

    IncidentTotals(IncidentColumns columns) {
        this.columns = columns;
        this.width = columns.measures().length + 1;
    }

    /**
     * Adds one incident's counts to its month and its year; the last slot of a tally is the first line that
     * fed it. Returns -1, or (adding nothing) the slot of the count that would carry a sum out of range.
     */
    int add(String group, YearMonth month, long[] counts, long line) throws FeedFormatException {
        long[] monthly = tally(byMonth, group, month, line);
        long[] yearly = tally(byYear, group, month.getYear(), line);
        int checked = columns.totalMeasure() == null ? width - 1 : width; // a total nobody reads is no limit
        for (int i = 0; i < checked; i++) {
            if (overflows(monthly[i], counts[i]) || overflows(yearly[i], counts[i])) {
                return i;
            }
        }
        for (int i = 0; i < width; i++) {
            monthly[i] += counts[i];
            yearly[i] += counts[i];
        }
        return -1;
    }

    /** Sums stay below 1e18 and counts below 1e15, so the addition itself never wraps. */
    private static boolean overflows(long sum, long count) {
        return Math.abs(sum + count) >= LIMIT;
    }

    private <K> long[] tally(Map<String, TreeMap<K, long[]>> sumsByGroup, String group, K period, long line)
            throws FeedFormatException {
        TreeMap<K, long[]> periods = sumsByGroup.computeIfAbsent(group, g -> new TreeMap<>());
        long[] tally = periods.get(period);
        if (tally == null) {
            if (++sums > MAX_SUMS) {
                throw new FeedFormatException(line, 0, "the incidents spread over more than "
                        + String.format(Locale.ROOT, "%,d", MAX_SUMS) + " groups and periods; a sum is held for each "
                        + "until the file is read");
            }
            tally = new long[width + 1];
            tally[width] = line;
            periods.put(period, tally);
        }
        return tally;
    }

    /** Group by group, its months then its years; a year is placed at the first line of its first month. */
    void emit(ObservationSink sink, List<String> frequencies) {
        byMonth.forEach((group, months) -> {
            if (frequencies.contains("M")) {
                months.forEach((month, tally) -> emit(sink, group, month.toString(), tally));
            }
            if (frequencies.contains("A")) {
                byYear.get(group).forEach((year, tally) -> {
                    tally[width] = months.ceilingEntry(YearMonth.of(year, 1)).getValue()[width];
                    emit(sink, group, String.valueOf(year), tally);
                });
            }
        });
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
