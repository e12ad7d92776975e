package org.rives.connector.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rives.connector.FeedFormatException;
import org.rives.connector.XlsxOptions;

/**
 * What each column of a worksheet holds, from its header row (and the band row above it, if any):
 * dimension columns, period columns (wide) or the period/value/flag columns (long), and for each value
 * column the band label it sits under.
 */
record XlsxHeader(
        int[] dimensionColumns,
        String[] dimensionNames,
        int[] valueColumns,
        String[] periods,
        String[] bands,
        int periodColumn,
        int flagColumn) {

    /** The dimension carrying the label of the block of columns a value sits in. */
    static final String BAND = "band";

    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
            "SEP", "OCT", "NOV", "DEC");

    boolean banded() {
        return bands != null;
    }

    /** 1-based column of each dimension; the band is reported at the first value column. */
    int[] dimensionPositions() {
        int[] positions = new int[dimensionNames.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i < dimensionColumns.length ? dimensionColumns[i] + 1 : valueColumns[0] + 1;
        }
        return positions;
    }

    static XlsxHeader of(Map<Integer, String> cells, Map<Integer, String> bandRow, XlsxOptions options, long row)
            throws FeedFormatException {
        Pattern periodPattern = options.periodHeader() == null ? null : Pattern.compile(options.periodHeader());
        if (options.wide() && periodPattern == null) {
            throw new FeedFormatException(row, 0, "wide layout needs xlsx.periodHeader in the connector");
        }
        List<Integer> dimensionColumns = new ArrayList<>();
        List<String> dimensionNames = new ArrayList<>();
        List<Integer> valueColumns = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        for (Map.Entry<Integer, String> cell : cells.entrySet()) {
            String name = cell.getValue();
            Matcher m = periodPattern == null ? null : periodPattern.matcher(name);
            if (options.wide() && m.matches()) {
                valueColumns.add(cell.getKey());
                periods.add(period(m, name, options.periodHeader()));
            } else if (!options.wide() && (name.equals(options.periodColumn()) || name.equals(options.valueColumn())
                    || name.equals(options.flagColumn()))) {
                continue;
            } else {
                dimensionColumns.add(cell.getKey());
                dimensionNames.add(name);
            }
        }
        int periodColumn = -1;
        int flagColumn = -1;
        if (options.wide()) {
            if (valueColumns.isEmpty()) {
                throw new FeedFormatException(row, 0, "no column header matches the period pattern "
                        + options.periodHeader());
            }
        } else {
            periodColumn = required(cells, options.periodColumn(), "xlsx.periodColumn", row);
            valueColumns.add(required(cells, options.valueColumn(), "xlsx.valueColumn", row));
            flagColumn = options.flagColumn() == null ? -1 : find(cells, options.flagColumn());
        }
        String[] bands = bandRow == null ? null : bands(bandRow, valueColumns);
        if (bands != null) {
            dimensionNames.add(BAND);
        }
        return new XlsxHeader(dimensionColumns.stream().mapToInt(Integer::intValue).toArray(),
                dimensionNames.toArray(String[]::new), valueColumns.stream().mapToInt(Integer::intValue).toArray(),
                periods.toArray(String[]::new), bands, periodColumn, flagColumn);
    }

    /** The period a header names: its first group, or year and month when the pattern names them. */
    private static String period(Matcher m, String name, String pattern) {
        if (pattern.contains("(?<year>") && pattern.contains("(?<month>")) {
            String month = m.group("month").toUpperCase(Locale.ROOT);
            int number = month.chars().allMatch(Character::isDigit) ? Integer.parseInt(month)
                    : MONTHS.indexOf(month.substring(0, Math.min(3, month.length()))) + 1;
            return m.group("year") + "-" + (number < 10 ? "0" : "") + number;
        }
        return m.groupCount() > 0 ? m.group(1) : name;
    }

    /** For each value column, the nearest band label at or left of it (empty when there is none). */
    private static String[] bands(Map<Integer, String> bandRow, List<Integer> valueColumns) {
        String[] bands = new String[valueColumns.size()];
        for (int i = 0; i < bands.length; i++) {
            String label = "";
            for (Map.Entry<Integer, String> cell : bandRow.entrySet()) {
                if (cell.getKey() <= valueColumns.get(i)) {
                    label = cell.getValue();
                }
            }
            bands[i] = label;
        }
        return bands;
    }

    private static int required(Map<Integer, String> cells, String name, String option, long row)
            throws FeedFormatException {
        if (name == null) {
            throw new FeedFormatException(row, 0, "long layout needs " + option + " in the connector");
        }
        int column = find(cells, name);
        if (column < 0) {
            throw new FeedFormatException(row, 0, "column \"" + name + "\" (" + option + ") is not in the header");
        }
        return column;
    }

    private static int find(Map<Integer, String> cells, String name) {
        return cells.entrySet().stream().filter(e -> e.getValue().equals(name)).mapToInt(Map.Entry::getKey)
                .findFirst().orElse(-1);
    }
}
