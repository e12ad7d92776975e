package org.rives.connector.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rives.connector.FeedFormatException;

/**
 * What each column of a table holds, worked out from its header row (and the band row above it, if
 * any): dimension columns, the value columns with the period each gives (wide) or the period/value/flag
 * columns (long), several value columns as measures, the dimensions packed into the first column by
 * Eurostat ({@code freq,geo\TIME_PERIOD}), and for each value column the band label it sits under.
 *
 * @param flags    per value column, the flag its header carries ({@code 2022 (p)}), or null
 * @param extras   per value column, the values it gives the extra dimensions (the measure, {@link #BAND}),
 *                 which close the list of dimension names
 * @param refusals per value column, why it is not read (it repeats another column's key), or null
 */
record TableHeader(
        String[] packedNames,
        int[] dimensionColumns,
        String[] dimensionNames,
        int[] valueColumns,
        String[] periods,
        String[] flags,
        String[][] extras,
        String[] refusals,
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
        HeaderColumns columns = new HeaderColumns(layout, block, line);
        columns.classify(cells);
        if (layout.wide()) {
            columns.requirePeriods();
        } else {
            columns.longLayout(cells);
        }
        String[][] extras = columns.extras(bandRow);
        String[] refusals = RepeatedKeys.refusals(columns.valueColumns, columns.periods, extras, cells);
        return new TableHeader(columns.packed, toArray(columns.dimensionColumns),
                columns.dimensionNames.toArray(String[]::new), toArray(columns.valueColumns),
                columns.periods.toArray(String[]::new), columns.flags.toArray(String[]::new), extras, refusals,
                columns.periodColumn, columns.flagColumn, cells.size(), columns.last);
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
