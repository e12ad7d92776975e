package org.rives.connector.table;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rives.connector.cell.PeriodParser;

/**
 * Value columns that would give two values for one key on every line: the same period twice in a wide
 * header ({@code 2022} and {@code 2022 (p)}, or {@code 2014M08} and {@code 2014-08}), the same measure twice.
 * Neither column can be trusted over the other, so neither is read; the repeat is refused where it
 * stands in the header.
 */
final class RepeatedKeys {

    private RepeatedKeys() {
    }

    /**
     * Per value column: null when it is read; otherwise why not, as a rejection of the header cell
     * (empty for the first column of a repeated key, whose rejection the repeat carries).
     */
    static String[] refusals(List<Integer> valueColumns, List<String> periods, String[][] extras,
                             List<String> header) {
        String[] refusals = new String[valueColumns.size()];
        Map<List<String>, Integer> firstWith = new HashMap<>();
        for (int i = 0; i < refusals.length; i++) {
            Integer first = firstWith.putIfAbsent(key(periods.get(i), extras[i]), i);
            if (first != null) {
                refusals[first] = refusals[first] == null ? "" : refusals[first];
                refusals[i] = message(valueColumns.get(i), valueColumns.get(first), periods.get(i), header);
            }
        }
        return refusals;
    }

    private static List<String> key(String period, String[] extras) {
        String[] key = Arrays.copyOf(extras, extras.length + 1);
        key[extras.length] = period == null ? "" : normalised(period);
        return Arrays.asList(key);
    }

    private static String normalised(String period) {
        PeriodParser.Period parsed = PeriodParser.parse(period);
        return parsed == null ? period.strip() : parsed.code();
    }

    private static String message(int column, int first, String period, List<String> header) {
        String what = period == null ? "the same measure" : "period " + normalised(period);
        return "column \"" + header.get(column) + "\" gives " + what + " again, as column " + (first + 1) + " \""
                + header.get(first) + "\" does: two values for one key on every line; neither column is read";
    }
}
