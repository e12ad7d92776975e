package org.rives.connector.table;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/** What a header row says beyond names: the period a column header gives, the band a column sits under. */
final class PeriodHeaders {

    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
            "SEP", "OCT", "NOV", "DEC");

    private PeriodHeaders() {
    }

    /** The period a header names: its first group, or year and month when the pattern names them. */
    static String period(Matcher m, String name, String pattern) {
        if (pattern.contains("(?<year>") && pattern.contains("(?<month>")) {
            String month = m.group("month").toUpperCase(Locale.ROOT);
            int number = month.chars().allMatch(Character::isDigit) ? Integer.parseInt(month)
                    : MONTHS.indexOf(month.substring(0, Math.min(3, month.length()))) + 1;
            return m.group("year") + "-" + (number < 10 ? "0" : "") + number;
        }
        return m.groupCount() > 0 ? m.group(1) : name;
    }

    /** For each value column, the nearest band label at or left of it (empty when there is none). */
    static String[] bands(Map<Integer, String> bandRow, List<Integer> valueColumns) {
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
}
