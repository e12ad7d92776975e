package org.rives.connector.incidents;

import java.time.DateTimeException;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month of an incident date as IOM has written it over the years: {@code January 13, 2020} (2020
 * export), {@code Thu, 01/01/2026 - 12:00} (US month/day/year with weekday and a fixed time, 2026
 * export) and ISO {@code 2014-01-06} (the "allData" export).
 */
final class IncidentDates {

    /** The forms read, for the quirk handler's description. */
    static final String FORMS = "January 13, 2020; Thu, 01/01/2026 - 12:00; 2014-01-06";

    private static final Pattern ENGLISH = Pattern.compile("([A-Za-z]+)\\.? +(\\d{1,2}), *(\\d{4})");
    private static final Pattern US =
            Pattern.compile("(?:[A-Za-z]{3}, *)?(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: *- *\\d{1,2}:\\d{2})?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");

    private IncidentDates() {
    }

    /** The month of the date, or null when the text is none of the publisher's date forms. */
    static YearMonth month(String text) {
        String date = text.strip();
        try {
            Matcher m = ISO.matcher(date);
            if (m.matches()) {
                return checked(number(m, 1), number(m, 2), number(m, 3));
            }
            m = US.matcher(date);
            if (m.matches()) {
                return checked(number(m, 3), number(m, 1), number(m, 2));
            }
            m = ENGLISH.matcher(date);
            if (m.matches()) {
                return checked(number(m, 3), monthNamed(m.group(1)), number(m, 2));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static YearMonth checked(int year, int month, int day) {
        YearMonth yearMonth = YearMonth.of(year, month);
        if (!yearMonth.isValidDay(day)) {
            throw new DateTimeException("day " + day + " is not in " + yearMonth);
        }
        return yearMonth;
    }

    private static int monthNamed(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (upper.length() >= 3 && month.name().startsWith(upper)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException("no month is called " + name);
    }
}
