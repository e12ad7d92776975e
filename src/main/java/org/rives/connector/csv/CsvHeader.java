package org.rives.connector.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.rives.connector.CsvOptions;
import org.rives.connector.FeedFormatException;

/**
 * What each column of a file holds, worked out from its header row: dimension columns, period columns
 * (wide layout) or the period/value/flag columns (long layout), and the dimensions packed into the
 * first column by Eurostat ({@code freq,geo\TIME_PERIOD}).
 */
record CsvHeader(
        String[] packedNames,
        String keySeparator,
        int[] dimensionColumns,
        String[] dimensionNames,
        int[] periodColumns,
        String[] periods,
        int periodColumn,
        int valueColumn,
        int flagColumn,
        int width,
        int lastMeaningfulColumn,
        int[] measureColumns,
        String[] measures) {

    /** The dimension that names the value column a cell came from, when the file has several. */
    static final String MEASURE = "measure";

    /** 1-based column of each dimension; every packed dimension comes from column 1. */
    int[] dimensionPositions() {
        int[] positions = new int[dimensionNames.length];
        int packed = packedNames.length;
        for (int i = 0; i < positions.length; i++) {
            int own = i - packed;
            positions[i] = i < packed ? 1
                    : own < dimensionColumns.length ? dimensionColumns[own] + 1 : measureColumns[0] + 1;
        }
        return positions;
    }

    static CsvHeader of(CSVRecord record, CsvOptions options, long line) throws FeedFormatException {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cell -> cells.add(options.labelledCodes() ? LabelledCodes.code(cell) : cell.strip()));
        String[] packed = new String[0];
        int firstColumn = 0;
        if (options.keySeparator() != null) {
            String key = cells.get(0);
            int slash = key.indexOf('\\');
            packed = (slash >= 0 ? key.substring(0, slash) : key).split(Pattern.quote(options.keySeparator()), -1);
            firstColumn = 1;
        }
        Pattern periodPattern = options.periodHeader() == null ? null : Pattern.compile(options.periodHeader());
        if (options.wide() && periodPattern == null) {
            throw new FeedFormatException(line, 0, "wide layout needs csv.periodHeader in the connector");
        }
        List<Integer> dimensionColumns = new ArrayList<>();
        List<String> dimensionNames = new ArrayList<>(List.of(packed));
        Pattern measurePattern = options.measureHeader() == null || options.wide() ? null
                : Pattern.compile(options.measureHeader());
        List<Integer> measureColumns = new ArrayList<>();
        List<String> measures = new ArrayList<>();
        List<Integer> periodColumns = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        int last = firstColumn - 1;
        for (int i = firstColumn; i < cells.size(); i++) {
            String name = cells.get(i);
            if (name.isEmpty()) {
                continue;
            }
            last = i;
            Matcher m = periodPattern == null ? null : periodPattern.matcher(name);
            if (measurePattern != null && measurePattern.matcher(name).matches()) {
                measureColumns.add(i);
                measures.add(name);
            } else if (options.wide() && m.matches()) {
                periodColumns.add(i);
                periods.add(m.groupCount() > 0 ? m.group(1) : name);
            } else if (!options.wide() && (name.equals(options.periodColumn()) || name.equals(options.valueColumn())
                    || name.equals(options.flagColumn()))) {
                continue;
            } else {
                dimensionColumns.add(i);
                dimensionNames.add(name);
            }
        }
        int periodColumn = -1;
        int valueColumn = -1;
        int flagColumn = -1;
        if (options.wide()) {
            if (periodColumns.isEmpty()) {
                throw new FeedFormatException(line, 0, "no column header matches the period pattern "
                        + options.periodHeader());
            }
        } else {
            periodColumn = required(cells, options.periodColumn(), "csv.periodColumn", line);
            if (measurePattern == null) {
                valueColumn = required(cells, options.valueColumn(), "csv.valueColumn", line);
            } else if (measureColumns.isEmpty()) {
                throw new FeedFormatException(line, 0, "no column header matches csv.measureHeader "
                        + options.measureHeader());
            } else {
                dimensionNames.add(MEASURE);
            }
            flagColumn = options.flagColumn() == null ? -1 : cells.indexOf(options.flagColumn());
        }
        return new CsvHeader(packed, options.keySeparator(),
                dimensionColumns.stream().mapToInt(Integer::intValue).toArray(),
                dimensionNames.toArray(String[]::new),
                periodColumns.stream().mapToInt(Integer::intValue).toArray(),
                periods.toArray(String[]::new),
                periodColumn, valueColumn, flagColumn, cells.size(), last,
                measureColumns.stream().mapToInt(Integer::intValue).toArray(),
                measures.toArray(String[]::new));
    }

    private static int required(List<String> cells, String name, String option, long line)
            throws FeedFormatException {
        if (name == null) {
            throw new FeedFormatException(line, 0, "long layout needs " + option + " in the connector");
        }
        int index = cells.indexOf(name);
        if (index < 0) {
            throw new FeedFormatException(line, 0, "column \"" + name + "\" (" + option + ") is not in the header");
        }
        return index;
    }
}
