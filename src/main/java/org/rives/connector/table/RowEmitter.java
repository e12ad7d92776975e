package org.rives.connector.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rives.connector.ObservationSink;
import org.rives.connector.SeriesHandle;

/**
 * Turns each data row into observation cells: checks its shape against the header, fills one key array
 * (reused from row to row: the sink copies what it keeps), asks the sink for one series handle per
 * distinct key of the row (value columns under different measures or bands), and passes every value cell.
 */
final class RowEmitter {

    private final TableHeader header;
    private final ObservationSink sink;
    private final boolean labelledCodes;
    private final String footnoteMarks;
    private final Pattern keySplitter;
    private final MonthNames months;
    private final int monthIndex;
    private final String[] key;
    private final int ownDimensions;
    private final int[] variantOf;
    private final String[][] variants;
    private final SeriesHandle[] handles;
    private final String titlePeriod;
    private final Pattern periodPattern;
    private final String periodPatternText;
    private final DayLabels dayLabels;

    RowEmitter(TableHeader header, TableLayout layout, MonthNames months, int monthIndex, String titlePeriod,
               ObservationSink sink) {
        this.titlePeriod = titlePeriod;
        this.periodPatternText = layout.periodPattern();
        this.periodPattern = periodPatternText == null ? null : Pattern.compile(periodPatternText);
        this.dayLabels = layout.dayFormat() == null ? null : DayLabels.of(layout.dayFormat());
        this.header = header;
        this.sink = sink;
        this.labelledCodes = layout.labelledCodes();
        this.footnoteMarks = layout.footnoteMarks();
        this.months = months;
        this.monthIndex = monthIndex;
        this.keySplitter = layout.keySeparator() == null ? null : Pattern.compile(Pattern.quote(layout.keySeparator()));
        this.key = new String[header.dimensionNames().length];
        this.ownDimensions = header.packedNames().length + header.dimensionColumns().length;
        this.variantOf = new int[header.valueColumns().length];
        List<List<String>> distinct = new ArrayList<>();
        Map<List<String>, Integer> index = new HashMap<>();
        for (int i = 0; i < variantOf.length; i++) {
            List<String> extras = List.of(header.extras()[i]);
            variantOf[i] = index.computeIfAbsent(extras, e -> {
                distinct.add(e);
                return distinct.size() - 1;
            });
        }
        this.variants = distinct.stream().map(extras -> extras.toArray(String[]::new)).toArray(String[][]::new);
        this.handles = new SeriesHandle[variants.length];
    }

    void emit(RowSource row) {
        sink.rowRead();
        long line = row.line();
        if (row.positional() && !hasValidWidth(row, line) || !fillKey(row, line)) {
            return;
        }
        String rowPeriod = header.periodColumn() >= 0 ? code(row.text(header.periodColumn()).strip()) : titlePeriod;
        if (dayLabels != null && rowPeriod != null) {
            String day = dayLabels.iso(rowPeriod);
            if (day == null) {
                sink.reject(line, header.periodColumn() + 1, dayLabels.refusal(rowPeriod));
                return;
            }
            rowPeriod = day;
        }
        if (periodPattern != null && rowPeriod != null) {
            rowPeriod = matchedPeriod(rowPeriod, line);
            if (rowPeriod == null) {
                return;
            }
        }
        for (int v = 0; v < variants.length; v++) {
            System.arraycopy(variants[v], 0, key, ownDimensions, variants[v].length);
            handles[v] = sink.series(key);
        }
        String rowMonth = monthIndex >= 0 ? key[monthIndex] : null;
        int[] columns = header.valueColumns();
        String rowFlag = header.flagColumn() >= 0 ? code(row.text(header.flagColumn())) : null;
        for (int i = 0; i < columns.length; i++) {
            if (header.refusals()[i] != null) {
                continue;
            }
            int column = columns[i];
            String flag = header.flags()[i] == null ? rowFlag : header.flags()[i];
            String error = row.error(column);
            if (error != null) {
                sink.reject(line, column + 1, error);
                continue;
            }
            String period = header.periods()[i] == null ? rowPeriod : header.periods()[i];
            sink.observation(handles[variantOf[i]], line, column + 1, month(period, rowMonth), row.text(column), flag);
        }
    }

    /**
     * The period the connector's {@code periodPattern} takes from a period cell; null, with the row's cells
     * counted as filtered out, when the cell does not match (a row the connector does not read).
     */
    private String matchedPeriod(String cell, long line) {
        Matcher m = periodPattern.matcher(cell);
        if (m.matches()) {
            return PeriodHeaders.period(m, cell, periodPatternText);
        }
        for (int column : header.valueColumns()) {
            sink.filtered(line, column + 1);
        }
        return null;
    }

    /** The row's own dimension values into the key; false (with a rejection) when its packed key is malformed. */
    private boolean fillKey(RowSource row, long line) {
        int next = 0;
        if (keySplitter != null) {
            String packed = row.text(0);
            String[] codes = keySplitter.split(packed, -1);
            if (codes.length != header.packedNames().length) {
                sink.reject(line, 1, "key \"" + packed + "\" has " + codes.length + " codes, the header names "
                        + header.packedNames().length);
                return false;
            }
            for (String code : codes) {
                key[next++] = code(code.strip());
            }
        }
        for (int column : header.dimensionColumns()) {
            key[next++] = code(stripMarks(row.text(column).strip()));
        }
        return true;
    }

    private String month(String period, String rowMonth) {
        if (months == null) {
            return period;
        }
        return rowMonth != null ? months.combine(period, rowMonth) : months.normalise(period);
    }

    private String code(String cell) {
        return labelledCodes ? LabelledCodes.code(cell) : cell;
    }

    private String stripMarks(String text) {
        int end = text.length();
        while (end > 0 && footnoteMarks.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == text.length() ? text : text.substring(0, end).strip();
    }

    /**
     * A delimited row may lack trailing columns that have no header (the WDI's trailing comma) and may
     * carry extra empty cells, but a value beyond the header or a missing meaningful column is an error.
     */
    private boolean hasValidWidth(RowSource row, long line) {
        int size = row.size();
        if (size <= header.lastMeaningfulColumn()) {
            sink.reject(line, size + 1, "row has " + size + " fields, the header has " + header.width());
            return false;
        }
        for (int i = header.width(); i < size; i++) {
            if (!row.text(i).isBlank()) {
                sink.reject(line, i + 1, "row has " + size + " fields, the header has " + header.width());
                return false;
            }
        }
        return true;
    }
}
