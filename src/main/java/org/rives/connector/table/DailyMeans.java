package org.rives.connector.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rives.connector.Cancellation;
import org.rives.connector.ObservationSink;
import org.rives.connector.SeriesHandle;
import org.rives.connector.cell.CellConventions;
import org.rives.connector.cell.CellParser;

/**
 * Daily values averaged on load ({@code dailyMeans}): stands between the layout interpreter and the
 * harmoniser, sums each series' values by calendar month and year in exact decimals, and passes on one
 * mean per series and complete period once the file is read. The harmonised model has no daily frequency
 * and a conversion needs the rate of a figure's own month or year, so the means are what is stored; the
 * daily file itself stays in the raw archive. A mean is taken only where the series has a value on every
 * day the file gives in the period (a currency quoted for part of a month gets none), and the periods the
 * file ends inside are left out; both are said in the report.
 */
final class DailyMeans extends DayAggregation {

    /** One series' running sums, by period. */
    private static final class Series implements SeriesHandle {
        final List<String> key;
        final SeriesHandle target;
        final Map<String, Sum> sums = new TreeMap<>();
        int column;

        Series(List<String> key, SeriesHandle target) {
            this.key = key;
            this.target = target;
        }
    }

    private static final class Sum {
        BigDecimal total = BigDecimal.ZERO;
        int days;
        long line;
    }

    private final TableLayout.DailyMeans options;
    private final int dateColumn;
    private final Map<List<String>, Series> series = new LinkedHashMap<>();
    private final DayCalendar calendar = new DayCalendar();
    private CellParser cells = new CellParser(CellConventions.DEFAULTS);
    private long refusedLine = -1;

    /** @param dateColumn the 1-based column of the days, for the report */
    DailyMeans(ObservationSink target, TableLayout.DailyMeans options, int dateColumn) {
        super(target);
        this.options = options;
        this.dateColumn = dateColumn;
    }

    @Override
    public void columns(String[] names, int[] positions, CellConventions conventions) {
        target.columns(names, positions, conventions);
        cells = new CellParser(conventions);
    }

    @Override
    public SeriesHandle series(String[] dimensions) {
        Cancellation.check();
        return series.computeIfAbsent(List.of(dimensions), key -> new Series(key, target.series(dimensions)));
    }

    @Override
    public void observation(SeriesHandle handle, long line, int column, String period, String cell, String flag) {
        DayCalendar.Day day = calendar.day(period, line);
        if (day.error() != null) {
            if (refusedLine != line) {
                target.reject(line, dateColumn, day.error());
                refusedLine = line;
            }
            return;
        }
        CellParser.Cell value = cells.parse(cell, flag);
        if (value.error() != null) {
            target.reject(line, column, value.error());
            return;
        }
        if (!value.missing()) {
            add((Series) handle, day.date(), line, column, BigDecimal.valueOf(value.value()));
        }
    }

    private void add(Series into, LocalDate date, long line, int column, BigDecimal value) {
        if (into.sums.isEmpty()) {
            into.column = column;
        }
        for (String period : DayCalendar.periods(date, options.into())) {
            Sum sum = into.sums.computeIfAbsent(period, p -> new Sum());
            if (sum.days++ == 0) {
                sum.line = line;
            }
            sum.total = sum.total.add(value);
        }
    }

    /** Passes on the mean of every series over every complete period, then says what was left out. */
    @Override
    void finish() {
        List<String> partial = new ArrayList<>();
        int partialCount = 0;
        for (Series one : series.values()) {
            for (Map.Entry<String, Sum> entry : one.sums.entrySet()) {
                String period = entry.getKey();
                Sum sum = entry.getValue();
                int days = calendar.days(period);
                if (!calendar.complete(period)) {
                    continue;
                }
                if (sum.days == days) {
                    target.observation(one.target, sum.line, one.column, period, mean(sum), null);
                } else if (partialCount++ < UnmatchedColumns.LISTED) {
                    partial.add(String.join("|", one.key) + " " + period + " (" + sum.days + " of " + days + " days)");
                }
            }
        }
        warnUnfinished();
        if (partialCount > 0) {
            target.warn(partialCount + " mean(s) not taken, the series lacking a value on some days of the period: "
                    + String.join(", ", partial) + (partialCount > partial.size()
                    ? " and " + (partialCount - partial.size()) + " more" : ""));
        }
    }

    private void warnUnfinished() {
        List<String> open = calendar.unfinished().stream()
                .filter(p -> options.into().contains(p.length() == 7 ? "M" : "A")).toList();
        if (!open.isEmpty()) {
            String listed = String.join(", ", open.subList(0, Math.min(open.size(), UnmatchedColumns.LISTED)));
            String more = open.size() > UnmatchedColumns.LISTED ? " and " + (open.size() - UnmatchedColumns.LISTED)
                    + " more" : "";
            target.warn("no mean for " + listed + more + ": the file does not cover the whole period (its last day is "
                    + calendar.latest() + ")");
        }
    }

    private String mean(Sum sum) {
        BigDecimal days = BigDecimal.valueOf(sum.days);
        BigDecimal mean = options.decimals() == null ? sum.total.divide(days, MathContext.DECIMAL64).stripTrailingZeros()
                : sum.total.divide(days, options.decimals(), RoundingMode.HALF_UP);
        return mean.toPlainString();
    }
}
