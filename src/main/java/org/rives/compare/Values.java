package org.rives.compare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.rives.error.ParameterException;
import org.rives.harmonise.Harmoniser;

/**
 * Parameters whose check needs nothing but their form: frequencies, periods and their order, dates,
 * languages, flags, whole numbers, codes. Each reads one parameter as given (blank means not given) and
 * gives the typed value or a {@link ParameterException} naming the parameter and what it accepts.
 * Checks against the catalogue and the sources are {@link Parameters}'.
 */
public final class Values {

    public static final List<String> LANGUAGES = List.of("en", "fr", "ar");
    public static final List<String> PERIOD_FORMS = List.of("YYYY", "YYYY-Qn", "YYYY-MM");
    public static final List<String> DATE_FORMS = List.of("YYYY-MM-DD", "YYYY-MM-DDThh:mm:ssZ");
    static final List<String> SEXES = List.of(Harmoniser.TOTAL, "F", "M", "_U", "_O");
    static final List<String> CODE_FORM = List.of("a code of letters, digits and _ (such as _T)");
    static final List<String> BOOLEANS = List.of("true", "false");

    private Values() {
    }

    /** A frequency, or {@code fallback} when not given. */
    public static Frequency frequency(String name, String text, Frequency fallback) {
        if (blank(text)) {
            return fallback;
        }
        try {
            return Frequency.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw ParameterException.invalid(name, Frequency.codes(), name + " must be A (annual), Q (quarterly) "
                    + "or M (monthly)");
        }
    }

    /** A period (2024, 2024-Q2, 2024-03) as written; null when not given. */
    public static String period(String name, String text) {
        if (blank(text)) {
            return null;
        }
        if (Frequency.ofPeriod(text.strip()) == null) {
            throw ParameterException.invalid(name, PERIOD_FORMS, name + " must be a period such as 2024, 2024-Q2 "
                    + "or 2024-03; got \"" + text + "\"");
        }
        return text.strip();
    }

    /** A period, required. */
    public static String requiredPeriod(String name, String text) {
        if (blank(text)) {
            throw ParameterException.missing(name, PERIOD_FORMS, name + " is required (such as 2022, 2022-Q2 or "
                    + "2022-03)");
        }
        return period(name, text);
    }

    /** A period range's bound for a table of one frequency: a year, or a period of that frequency. */
    public static String period(String name, String text, Frequency freq) {
        String period = period(name, text);
        Frequency given = Frequency.ofPeriod(period);
        if (period != null && given != Frequency.A && given != freq) {
            throw ParameterException.invalid(name, List.of(Frequency.A.periodForm(), freq.periodForm()), name
                    + " must be a year or a period of the table's frequency (" + freq.periodForm() + "); got \""
                    + text + "\"");
        }
        return period;
    }

    /** Refuses a range whose start comes after its end; a year covers its quarters and months. */
    public static void checkRange(String fromName, String from, String toName, String to) {
        if (from != null && to != null && from.compareTo(to + "\uffff") > 0) {
            throw ParameterException.conflict(fromName, List.of("a period up to " + to), fromName + " (" + from
                    + ") comes after " + toName + " (" + to + ")");
        }
    }

    /** {@code since} as an instant, required: a date means the start of that day (UTC), so the day is included. */
    public static Instant since(String name, String text) {
        if (blank(text)) {
            throw ParameterException.missing(name, DATE_FORMS, name + " is required: a date (2026-03-01) or an "
                    + "instant (2026-03-01T00:00:00Z)");
        }
        return instant(name, text.strip(), false);
    }

    /** Like {@link #since}, but null when not given. */
    public static Instant optionalSince(String name, String text) {
        return blank(text) ? null : since(name, text);
    }

    /**
     * An as-of date as written: a date means the end of that day (UTC), so that {@code 2025-01-01} includes
     * what was loaded that day; null when not given. {@link Parameters#asOf} adds the bounds of the clock.
     */
    public static Instant asOf(String name, String text) {
        return blank(text) ? null : instant(name, text.strip(), true);
    }

    static Instant instant(String name, String text, boolean endOfDay) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ParameterException.invalid(name, DATE_FORMS, name + " must be a date (2025-01-01) or an instant "
                    + "(2025-01-01T12:00:00Z); got \"" + text + "\"");
        }
    }

    /** The language of labels and notes: en when not given. */
    public static String language(String name, String text) {
        if (blank(text)) {
            return "en";
        }
        if (!LANGUAGES.contains(text.strip())) {
            throw ParameterException.invalid(name, LANGUAGES, name + " must be one of en, fr, ar");
        }
        return text.strip();
    }

    /** {@code true} or {@code false}; {@code fallback} when not given. */
    public static boolean flag(String name, String text, boolean fallback) {
        if (blank(text)) {
            return fallback;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ParameterException.invalid(name, BOOLEANS, name + " must be true or false; got \""
                    + text + "\"");
        };
    }

    /** A whole number between {@code min} and {@code max}; {@code fallback} when not given. */
    public static Integer wholeNumber(String name, String text, Integer fallback, int min, int max) {
        if (blank(text)) {
            return fallback;
        }
        List<String> range = List.of("a whole number from " + min + " to " + max);
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, in the same words as a number out of range
        }
        throw ParameterException.invalid(name, range, name + " must be a whole number from " + min + " to " + max
                + "; got \"" + text + "\"");
    }

    /** A sex code (SDMX CL_SEX); {@code _T} when not given, or null when {@code anyWhenBlank}. */
    public static String sex(String name, String text, boolean anyWhenBlank) {
        if (blank(text)) {
            return anyWhenBlank ? null : Harmoniser.TOTAL;
        }
        if (!SEXES.contains(text.strip())) {
            throw ParameterException.invalid(name, SEXES, name + " must be one of " + String.join(", ", SEXES));
        }
        return text.strip();
    }

    /** A code of the harmonised model (age, breakdown); {@code _T} when not given, or null if {@code anyWhenBlank}. */
    public static String code(String name, String text, boolean anyWhenBlank) {
        if (blank(text)) {
            return anyWhenBlank ? null : Harmoniser.TOTAL;
        }
        if (!text.strip().matches("[A-Za-z0-9_]{1,40}")) {
            throw ParameterException.invalid(name, CODE_FORM, name + " must be a code such as _T; got \"" + text
                    + "\"");
        }
        return text.strip();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
