package org.rives.connector.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rives.connector.FeedFormatException;

/**
 * What each column of a table holds, worked out from its header row (and the band row above it, if
 * any): dimension columns, the value columns with the period each gives (wide) or the period/value/flag
 * columns (long), several value columns as measures, the dimensions packed into the first column by
 * Eurostat ({@code freq,geo\TIME_PERIOD}), and for each value column the band label it sits under.
 *
 * @param extras per value column, the values it gives the extra dimensions ({@link #MEASURE},
 *               {@link #BAND}), which close the list of dimension names
 */
record TableHeader(
        String[] packedNames,
        int[] dimensionColumns,
        String[] dimensionNames,
        int[] valueColumns,
        String[] periods,
        String[][] extras,
        int periodColumn,
        int flagColumn,
        int width,
        int lastMeaningfulColumn) {

    /** The dimension that names the value column a cell came from, when the file has several. */
    static final String MEASURE = "measure";
    /** The dimension carrying the label of the block of columns a value sits in. */
    static final String BAND = "band";

    /** 1-based column of each dimension; packed ones come from column 1, extra ones from the first value column. */
    int[] dimensionPositions() {
        int[] positions = new int[dimensionNames.length];
        int packed = packedNames.length;
        for (int i = 0; i < positions.length; i++) {
            int own = i - packed;
            positions[i] = i < packed ? 1
                    : own < dimensionColumns.length ? dimensionColumns[own] + 1 : valueColumns[0] + 1;
        }
        return positions;
    }

    static TableHeader of(RowSource row, Map<Integer, String> bandRow, TableLayout layout, String block)
            throws FeedFormatException {
        long line = row.line();
        List<String> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            cells.add(layout.labelledCodes() ? LabelledCodes.code(row.text(i)) : row.text(i).strip());
        }
        Columns columns = new Columns(layout, block, line);
        columns.classify(cells);
        if (layout.wide()) {
            columns.requirePeriods();
        } else {
            columns.longLayout(cells);
        }
        String[][] extras = columns.extras(bandRow);
        return new TableHeader(columns.packed, toArray(columns.dimensionColumns),
                columns.dimensionNames.toArray(String[]::new), toArray(columns.valueColumns),
                columns.periods.toArray(String[]::new), extras, columns.periodColumn, columns.flagColumn,
                cells.size(), columns.last);
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The header's columns sorted into their roles, cell by cell. */
    private static final class Columns {
        final TableLayout layout;
        final String block;
        final long line;
        final Pattern periodPattern;
        final Pattern measurePattern;
        String[] packed = new String[0];
        final List<Integer> dimensionColumns = new ArrayList<>();
        final List<String> dimensionNames = new ArrayList<>();
        final List<Integer> valueColumns = new ArrayList<>();
        final List<String> periods = new ArrayList<>();
        final List<String> measures = new ArrayList<>();
        int periodColumn = -1;
        int flagColumn = -1;
        int last;

        Columns(TableLayout layout, String block, long line) throws FeedFormatException {
            this.layout = layout;
            this.block = block;
            this.line = line;
            this.periodPattern = layout.periodHeader() == null ? null : Pattern.compile(layout.periodHeader());
            if (layout.wide() && periodPattern == null) {
                throw new FeedFormatException(line, 0, "wide layout needs " + block + ".periodHeader in the connector");
            }
            this.measurePattern = layout.measureHeader() == null || layout.wide() ? null
                    : Pattern.compile(layout.measureHeader());
        }

        void classify(List<String> cells) {
            int first = 0;
            if (layout.keySeparator() != null) {
                String key = cells.get(0);
                int slash = key.indexOf('\\');
                packed = (slash >= 0 ? key.substring(0, slash) : key).split(Pattern.quote(layout.keySeparator()), -1);
                dimensionNames.addAll(List.of(packed));
                first = 1;
            }
            last = first - 1;
            for (int i = first; i < cells.size(); i++) {
                String name = cells.get(i);
                if (!name.isEmpty()) {
                    last = i;
                    classify(i, name);
                }
            }
        }

        private void classify(int column, String name) {
            Matcher period = periodPattern == null ? null : periodPattern.matcher(name);
            if (measurePattern != null && measurePattern.matcher(name).matches()) {
                valueColumns.add(column);
                measures.add(name);
            } else if (layout.wide() && period.matches()) {
                valueColumns.add(column);
                periods.add(PeriodHeaders.period(period, name, layout.periodHeader()));
            } else if (layout.wide() || !(name.equals(layout.periodColumn()) || name.equals(layout.valueColumn())
                    || name.equals(layout.flagColumn()))) {
                dimensionColumns.add(column);
                dimensionNames.add(name);
            }
        }

        void requirePeriods() throws FeedFormatException {
            if (valueColumns.isEmpty()) {
                throw new FeedFormatException(line, 0, "no column header matches the period pattern "
                        + layout.periodHeader());
            }
        }

        void longLayout(List<String> cells) throws FeedFormatException {
            // a table of one period, named in its title, has no period column
            periodColumn = layout.periodInTitle() != null && layout.periodColumn() == null ? -1
                    : required(cells, layout.periodColumn(), "periodColumn");
            if (measurePattern == null) {
                valueColumns.add(required(cells, layout.valueColumn(), "valueColumn"));
            } else if (measures.isEmpty()) {
                throw new FeedFormatException(line, 0, "no column header matches " + block + ".measureHeader "
                        + layout.measureHeader());
            } else {
                dimensionNames.add(MEASURE);
            }
            flagColumn = layout.flagColumn() == null ? -1 : cells.indexOf(layout.flagColumn());
            periods.clear();
            valueColumns.forEach(column -> periods.add(null));
        }

        /** Per value column, its measure name and band label, for the dimensions that close the key. */
        String[][] extras(Map<Integer, String> bandRow) {
            String[] bands = bandRow == null ? null : PeriodHeaders.bands(bandRow, valueColumns);
            if (bands != null) {
                dimensionNames.add(BAND);
            }
            String[][] extras = new String[valueColumns.size()][];
            for (int i = 0; i < extras.length; i++) {
                List<String> values = new ArrayList<>(2);
                if (!measures.isEmpty()) {
                    values.add(measures.get(i));
                }
                if (bands != null) {
                    values.add(bands[i]);
                }
                extras[i] = values.toArray(String[]::new);
            }
            return extras;
        }

        private int required(List<String> cells, String name, String option) throws FeedFormatException {
            if (name == null) {
                throw new FeedFormatException(line, 0, "long layout needs " + block + "." + option
                        + " in the connector");
            }
            int index = cells.indexOf(name);
            if (index < 0) {
                throw new FeedFormatException(line, 0, "column \"" + name + "\" (" + block + "." + option
                        + ") is not in the header");
            }
            return index;
        }
    }
}
