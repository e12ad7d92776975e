package org.rives.connector.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rives.connector.ObservationSink;
import org.rives.connector.cell.CellParser;

/** The days of one series added up by calendar month and year, for {@link DailySums}. */
final class PeriodSums {

    /** The kept row of one day: the report it comes from (null without a report column) and its cell. */
    record Day(LocalDate report, long line, int column, String cell, String flag) {
    }

    /** A period's days with a figure, and their total. */
    static final class Sum {
        final List<Day> members = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
    }

    private PeriodSums() {
    }

    /**
     * Each period's days that have a figure, and their total, by period ({@code 2024-02}, {@code 2024}); a day
     * whose cell is no number is rejected, and like a day without a figure it leaves its periods open.
     */
    static Map<String, Sum> of(Map<LocalDate, Day> days, List<String> into, CellParser cells, ObservationSink report) {
        Map<String, Sum> sums = new TreeMap<>();
        for (Map.Entry<LocalDate, Day> entry : days.entrySet()) {
            Day day = entry.getValue();
            CellParser.Cell value = cells.parse(day.cell(), day.flag());
            if (value.error() != null) {
                report.reject(day.line(), day.column(), value.error());
            }
            for (String period : DayCalendar.periods(entry.getKey(), into)) {
                Sum sum = sums.computeIfAbsent(period, p -> new Sum());
                if (value.error() == null && !value.missing()) {
                    sum.members.add(day);
                    sum.total = sum.total.add(BigDecimal.valueOf(value.value()));
                }
            }
        }
        return sums;
    }

    /** The days of a period ({@code 2024-02}: 29; {@code 2024}: 366). */
    static int length(String period) {
        return period.length() == 7 ? YearMonth.parse(period).lengthOfMonth() : Year.parse(period).length();
    }
}
