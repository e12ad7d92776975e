package org.rives.connector.table;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.rives.connector.Cancellation;
import org.rives.connector.ObservationSink;
import org.rives.connector.SeriesHandle;
import org.rives.connector.cell.CellConventions;
import org.rives.connector.cell.CellParser;
import org.rives.connector.cell.Excerpt;

/**
 * Daily counts summed on load ({@code dailySums}): stands between the layout interpreter and the harmoniser,
 * keeps one figure per series and day, and once the file is read passes on the sum of every calendar month
 * (and year, if asked) of which every day has a figure; a period with a day missing gets no figure, and the
 * report says which. Where the file gives a day again in later reports (a {@code reportColumn}), the row of the
 * latest report is kept and the others are counted as filtered out, as is a row for a day after its own
 * report's date (the placeholder a report leaves for the days to come). Holds one small entry per series and
 * day, a few thousand for a daily table of years.
 */
final class DailySums extends DayAggregation {

    /** A row's series with the report it comes from. */
    private record Reported(Series series, LocalDate report) implements SeriesHandle {
    }

    private static final class Series {
        final List<String> key;
        final SeriesHandle target;
        final Map<LocalDate, PeriodSums.Day> days = new TreeMap<>();

        Series(List<String> key, SeriesHandle target) {
            this.key = key;
            this.target = target;
        }
    }

    private final TableLayout.DailySums options;
    private final int dateColumn;
    private final Map<List<String>, Series> series = new LinkedHashMap<>();
    private CellParser cells = new CellParser(CellConventions.DEFAULTS);
    private final Set<String> named;
    private boolean[] unnamed = new boolean[0];
    private int reportIndex = -1;
    private int reportPosition;

    /**
     * @param dateColumn the 1-based column of the days, for the report
     * @param named      the columns the connector's rules read: the others (a footnote that one report words
     *                   differently) do not make a day's rows two series
     */
    DailySums(ObservationSink target, TableLayout.DailySums options, int dateColumn, Set<String> named) {
        super(target);
        this.options = options;
        this.dateColumn = dateColumn;
        this.named = named;
    }

    @Override
    public void columns(String[] names, int[] positions, CellConventions conventions) {
        target.columns(names, positions, conventions);
        cells = new CellParser(conventions);
        reportIndex = options.reportColumn() == null ? -1 : Arrays.asList(names).indexOf(options.reportColumn());
        reportPosition = reportIndex < 0 ? 0 : positions[reportIndex];
        unnamed = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            unnamed[i] = !named.contains(names[i]);
        }
    }

    @Override
    public SeriesHandle series(String[] dimensions) {
        Cancellation.check();
        String[] key = dimensions.clone();
        String report = reportIndex < 0 ? null : key[reportIndex].strip();
        for (int i = 0; i < key.length; i++) {
            if (i < unnamed.length && unnamed[i]) {
                key[i] = ""; // the report a row comes from, and columns no rule reads, are not part of its series
            }
        }
        Series one = series.computeIfAbsent(List.of(key), k -> new Series(k, target.series(key)));
        return new Reported(one, report == null ? null : date(report));
    }

    @Override
    public void observation(SeriesHandle handle, long line, int column, String period, String cell, String flag) {
        Reported row = (Reported) handle;
        String label = period.strip();
        if (reportIndex >= 0 && row.report() == null) {
            target.reject(line, reportPosition, "the report date is not a date (YYYY-MM-DD)");
            return;
        }
        if (row.report() != null && label.matches("\\d{4}-\\d{2}-\\d{2}")
                && label.compareTo(row.report().toString()) > 0) {
            target.filtered(line, column); // a day the report has not reached yet, whatever it holds
            return;
        }
        LocalDate day = date(label);
        if (day == null) {
            target.reject(line, dateColumn, Excerpt.quoted(label) + " is not a date (YYYY-MM-DD)");
            return;
        }
        keep(row, day, new PeriodSums.Day(row.report(), line, column, cell, flag));
    }

    private void keep(Reported row, LocalDate day, PeriodSums.Day kept) {
        Map<LocalDate, PeriodSums.Day> days = row.series().days;
        PeriodSums.Day previous = days.get(day);
        if (previous != null) {
            int order = previous.report() == null ? 0 : previous.report().compareTo(kept.report());
            if (order == 0) {
                target.reject(kept.line(), dateColumn, "day " + day + " is given again"
                        + (kept.report() == null ? "" : " in the report of " + kept.report())
                        + ", first at line " + previous.line());
                return;
            }
            PeriodSums.Day superseded = order > 0 ? kept : previous;
            target.filtered(superseded.line(), superseded.column());
            if (order > 0) {
                return;
            }
        }
        days.put(day, kept);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Passes on the sum of every whole period of every series; the days that went into none are counted as
     * filtered out, and the report says which periods were not whole.
     */
    @Override
    void finish() {
        List<String> partial = new ArrayList<>();
        for (Series one : series.values()) {
            Set<PeriodSums.Day> used = new HashSet<>();
            for (Map.Entry<String, PeriodSums.Sum> entry : PeriodSums.of(one.days, options.into(), cells, target)
                    .entrySet()) {
                String period = entry.getKey();
                PeriodSums.Sum sum = entry.getValue();
                int length = PeriodSums.length(period);
                if (sum.members.size() == length) {
                    target.observation(one.target, sum.members.get(0).line(), sum.members.get(0).column(), period,
                            sum.total.stripTrailingZeros().toPlainString(), null);
                    used.addAll(sum.members);
                } else {
                    partial.add(period + " (" + sum.members.size() + " of " + length + " days)");
                }
            }
            one.days.values().stream()
                    .filter(day -> !used.contains(day) && cells.parse(day.cell(), day.flag()).error() == null)
                    .forEach(day -> target.filtered(day.line(), day.column()));
        }
        if (!partial.isEmpty()) {
            int listed = Math.min(partial.size(), UnmatchedColumns.LISTED);
            target.warn("no sum for " + String.join(", ", partial.subList(0, listed))
                    + (partial.size() > listed ? " and " + (partial.size() - listed) + " more" : "")
                    + ": the file does not give every day of the period");
        }
    }
}
