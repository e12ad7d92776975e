package org.rives.sdmx;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar days a {@code startPeriod} or {@code endPeriod} value covers, for the forms the SDMX
 * standard allows there: a year ({@code 2022}), a reporting period ({@code 2022-A1}, {@code 2022-S2},
 * {@code 2022-Q3}, {@code 2022-M07}, {@code 2022-W05}, {@code 2022-D032}), a Gregorian month or day
 * ({@code 2022-07}, {@code 2022-07-14}) or a date-time. Reporting years start on 1 January.
 */
record ReportingPeriod(LocalDate start, LocalDate endExclusive) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern REPORTING = Pattern.compile("(\\d{4})-([ASQMWD])(\\d{1,3})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    static ReportingPeriod parse(String parameter, String text) {
        try {
            ReportingPeriod period = parseOrNull(text.strip());
            if (period != null) {
                return period;
            }
        } catch (DateTimeException | IllegalArgumentException ignored) {
            // reported below with the accepted forms
        }
        throw SdmxException.syntax(parameter + "=" + text + " is not a period the standard allows: a year (2022), a "
                + "reporting period (2022-S1, 2022-Q3, 2022-M07, 2022-W05, 2022-D032), a month (2022-07), a day "
                + "(2022-07-14) or a date-time (2022-07-14T00:00:00Z)");
    }

    private static ReportingPeriod parseOrNull(String text) {
        Matcher m;
        if ((m = YEAR.matcher(text)).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
            return new ReportingPeriod(start, start.plusYears(1));
        }
        if ((m = REPORTING.matcher(text)).matches()) {
            return reporting(Integer.parseInt(m.group(1)), m.group(2).charAt(0), Integer.parseInt(m.group(3)));
        }
        if ((m = MONTH.matcher(text)).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            return new ReportingPeriod(start, start.plusMonths(1));
        }
        if (text.length() == 10) {
            LocalDate day = LocalDate.parse(text);
            return new ReportingPeriod(day, day.plusDays(1));
        }
        if (text.contains("T")) {
            LocalDate day = text.matches(".*(Z|[+-]\\d{2}:\\d{2})$") ? OffsetDateTime.parse(text).toLocalDate()
                    : LocalDateTime.parse(text).toLocalDate();
            return new ReportingPeriod(day, day.plusDays(1));
        }
        return null;
    }

    private static ReportingPeriod reporting(int year, char type, int number) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return switch (type) {
            case 'A' -> checked(number, 1, new ReportingPeriod(first, first.plusYears(1)));
            case 'S' -> checked(number, 2, span(first.plusMonths(6L * (number - 1)), 6));
            case 'Q' -> checked(number, 4, span(first.plusMonths(3L * (number - 1)), 3));
            case 'M' -> checked(number, 12, span(first.plusMonths(number - 1L), 1));
            case 'W' -> week(year, number);
            case 'D' -> checked(number, first.lengthOfYear(), new ReportingPeriod(first.plusDays(number - 1L),
                    first.plusDays(number)));
            default -> null;
        };
    }

    private static ReportingPeriod span(LocalDate start, int months) {
        return new ReportingPeriod(start, start.plusMonths(months));
    }

    private static ReportingPeriod week(int year, int week) {
        LocalDate anyDay = LocalDate.of(year, 6, 1);
        if (week < 1 || week > anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return null;
        }
        LocalDate monday = anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ReportingPeriod(monday, monday.plusWeeks(1));
    }

    private static ReportingPeriod checked(int number, int max, ReportingPeriod period) {
        return number >= 1 && number <= max ? period : null;
    }
}
