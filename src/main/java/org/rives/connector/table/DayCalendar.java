package org.rives.connector.table;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The days a file gives, for {@link DailyMeans}: how many fall in each month and year, and so whether a
 * period is complete. A month is complete when the file goes on past its last day; a year, when it does
 * too and each of its twelve months has days. A mean is then taken only over whole periods, never over
 * the part of the current month a file ends in. The file is taken to begin at the start of a period (the
 * ECB's history begins on the first business day of 1999).
 */
final class DayCalendar {

    /** A day label read: the date, or why it is not one. */
    record Day(LocalDate date, String error) {
    }

    private final Map<LocalDate, Long> firstLine = new HashMap<>();
    private final Map<String, Integer> days = new HashMap<>();
    private LocalDate latest;

    /** The day of a row's period label; a repeated date or a label that is no date is an error. */
    Day day(String label, long line) {
        LocalDate date;
        try {
            date = LocalDate.parse(label.strip());
        } catch (DateTimeParseException e) {
            return new Day(null, "\"" + label.strip() + "\" is not a date (YYYY-MM-DD)");
        }
        Long first = firstLine.putIfAbsent(date, line);
        if (first == null) {
            days.merge(month(date), 1, Integer::sum);
            days.merge(year(date), 1, Integer::sum);
            latest = latest == null || date.isAfter(latest) ? date : latest;
        } else if (first != line) {
            return new Day(null, "date " + date + " is given again, first at line " + first);
        }
        return new Day(date, null);
    }

    static String month(LocalDate date) {
        return YearMonth.from(date).toString();
    }

    static String year(LocalDate date) {
        return String.valueOf(date.getYear());
    }

    /** The periods a day falls in, of those named ({@code M} its month, {@code A} its year). */
    static List<String> periods(LocalDate date, List<String> into) {
        List<String> periods = new ArrayList<>(2);
        if (into.contains("M")) {
            periods.add(month(date));
        }
        if (into.contains("A")) {
            periods.add(year(date));
        }
        return periods;
    }

    /** The number of days the file gives in a period ({@code 2024-03} or {@code 2024}). */
    int days(String period) {
        return days.getOrDefault(period, 0);
    }

    /** Whether the file covers the whole period. */
    boolean complete(String period) {
        if (latest == null) {
            return false;
        }
        if (period.length() == 7) {
            return latest.isAfter(YearMonth.parse(period).atEndOfMonth());
        }
        int year = Integer.parseInt(period);
        for (int month = 1; month <= 12; month++) {
            if (days(YearMonth.of(year, month).toString()) == 0) {
                return false;
            }
        }
        return latest.getYear() > year;
    }

    /** The periods the file has days in but does not cover whole, in order. */
    TreeSet<String> unfinished() {
        TreeSet<String> open = new TreeSet<>();
        days.keySet().stream().filter(period -> !complete(period)).forEach(open::add);
        return open;
    }

    LocalDate latest() {
        return latest;
    }
}
