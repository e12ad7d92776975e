package org.rives.connector.table;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/** What a header row says beyond names: the period and marker a column header gives, the band a column sits under. */
final class PeriodHeaders {

    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
            "SEP", "OCT", "NOV", "DEC");

    private PeriodHeaders() {
    }

    /**
     * The period a header names: year and month when the pattern names them, else its group named
     * {@code period}, else its first group, else the whole header.
     */
    static String period(Matcher m, String name, String pattern) {
        if (pattern.contains("(?<year>") && pattern.contains("(?<month>")) {
            String month = m.group("month").toUpperCase(Locale.ROOT);
            int number = month.chars().allMatch(Character::isDigit) ? Integer.parseInt(month)
                    : MONTHS.indexOf(month.substring(0, Math.min(3, month.length()))) + 1;
            return m.group("year") + "-" + (number < 10 ? "0" : "") + number;
        }
        if (pattern.contains("(?<period>")) {
            return m.group("period");
        }
        return m.groupCount() > 0 ? m.group(1) : name;
    }

    /** The marker a header carries ({@code p} of {@code 2022 (p)}): its group named {@code flag}, if it matched. */
    static String flag(Matcher m, String pattern) {
        if (!pattern.contains("(?<flag>")) {
            return null;
        }
        String flag = m.group("flag");
        return flag == null || flag.isBlank() ? null : flag.strip();
    }

    /** For each value column, the nearest band label at or left of it (empty when there is none). */
    static String[] bands(Map<Integer, String> bandRow, List<Integer> valueColumns) {
        TreeMap<Integer, String> byColumn = new TreeMap<>(bandRow);
        String[] bands = new String[valueColumns.size()];
        for (int i = 0; i < bands.length; i++) {
            Map.Entry<Integer, String> band = byColumn.floorEntry(valueColumns.get(i));
            bands[i] = band == null ? "" : band.getValue();
        }
        return bands;
    }
}
