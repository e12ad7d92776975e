package org.rives.connector.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rives.connector.FeedFormatException;

/** A header's columns sorted into their roles, cell by cell: what {@link TableHeader} is built from. */
final class HeaderColumns {

    private final TableLayout layout;
    private final String block;
    private final long line;
    private final Pattern periodPattern;
    private final Pattern measurePattern;
    String[] packed = new String[0];
    final List<Integer> dimensionColumns = new ArrayList<>();
    final List<String> dimensionNames = new ArrayList<>();
    final List<Integer> valueColumns = new ArrayList<>();
    final List<String> periods = new ArrayList<>();
    final List<String> flags = new ArrayList<>();
    final List<String> measures = new ArrayList<>();
    int periodColumn = -1;
    int flagColumn = -1;
    int last;

    HeaderColumns(TableLayout layout, String block, long line) throws FeedFormatException {
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
            flags.add(PeriodHeaders.flag(period, layout.periodHeader()));
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
            dimensionNames.add(layout.measureDimension());
        }
        flagColumn = layout.flagColumn() == null ? -1 : cells.indexOf(layout.flagColumn());
        periods.clear();
        flags.clear();
        valueColumns.forEach(column -> {
            periods.add(null);
            flags.add(null);
        });
    }

    /** Per value column, its measure name and band label, for the dimensions that close the key. */
    String[][] extras(Map<Integer, String> bandRow) {
        String[] bands = bandRow == null ? null : PeriodHeaders.bands(bandRow, valueColumns);
        if (bands != null) {
            dimensionNames.add(TableHeader.BAND);
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
