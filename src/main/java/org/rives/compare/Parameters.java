package org.rives.compare;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rives.error.ParameterException;
import org.rives.harmonise.Area;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Harmoniser;
import org.rives.harmonise.Indicator;

/**
 * The vocabulary of the read endpoints' parameters: each method reads one parameter as given (blank
 * means not given), checks it against the catalogue, the sources and its form, and gives the typed
 * value or a {@link ParameterException} naming the parameter and what it accepts. Every endpoint reads
 * its parameters here, so that {@code from=abc} or {@code source=nosuch} is refused alike everywhere.
 */
public final class Parameters {

    public static final List<String> LANGUAGES = List.of("en", "fr", "ar");
    public static final List<String> PERIOD_FORMS = List.of("YYYY", "YYYY-Qn", "YYYY-MM");
    public static final List<String> DATE_FORMS = List.of("YYYY-MM-DD", "YYYY-MM-DDThh:mm:ssZ");
    static final List<String> SEXES = List.of(Harmoniser.TOTAL, "F", "M", "_U", "_O");
    static final List<String> CODE_FORM = List.of("a code of letters, digits and _ (such as _T)");
    static final List<String> BOOLEANS = List.of("true", "false");
    /** No figure of Rives was loaded before this instant; an asOf at or before it is a typo. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    private final Catalogue catalogue;
    private final CompareNotes notes;
    private final SourceDirectory sources;
    private final Clock clock;

    public Parameters(Catalogue catalogue, CompareNotes notes, SourceDirectory sources, Clock clock) {
        this.catalogue = catalogue;
        this.notes = notes;
        this.sources = sources;
        this.clock = clock;
    }

    /** A catalogue indicator, required. */
    public Indicator indicator(String name, String text) {
        List<String> codes = catalogue.indicators().stream().map(Indicator::code).toList();
        if (blank(text)) {
            throw ParameterException.missing(name, codes, name + " is required; see /api/catalogue");
        }
        return catalogue.indicator(text.strip()).orElseThrow(() -> ParameterException.invalid(name, codes,
                "unknown indicator \"" + text + "\"; see /api/catalogue"));
    }

    /** An indicator code when given, else null. */
    public String optionalIndicator(String name, String text) {
        return blank(text) ? null : indicator(name, text).code();
    }

    /** An indicator that has a mirror (the same flow as the other side reports it), required. */
    public String mirrored(String name, String text) {
        Indicator indicator = indicator(name, text);
        if (notes.indicator(indicator.code()).mirror() == null) {
            List<String> mirrored = catalogue.indicators().stream().map(Indicator::code)
                    .filter(code -> notes.indicator(code).mirror() != null).toList();
            throw ParameterException.invalid(name, mirrored, "indicator " + indicator.code() + " has no mirror "
                    + "indicator in the catalogue (comparability." + indicator.code() + ".mirror)");
        }
        return indicator.code();
    }

    /** Comma-separated areas (any spelling the catalogue knows), groups expanded to their countries, in order. */
    public List<Area> areas(String name, String spec) {
        if (blank(spec)) {
            throw ParameterException.missing(name, areaCodes(), name + " is required (such as 5P5 or ESP,MAR)");
        }
        List<Area> areas = new ArrayList<>();
        for (String spelling : spec.split(",")) {
            String trimmed = spelling.strip();
            List<Area> expanded = catalogue.expand(catalogue.resolveArea(trimmed).orElse(trimmed));
            if (expanded.isEmpty()) {
                throw ParameterException.invalid(name, areaCodes(), "unknown area \"" + trimmed + "\"");
            }
            expanded.stream().filter(a -> !areas.contains(a)).forEach(areas::add);
        }
        return areas;
    }

    /** One area by any spelling the catalogue knows, as its code; null when not given. */
    public String area(String name, String text) {
        if (blank(text)) {
            return null;
        }
        return catalogue.resolveArea(text.strip()).orElseThrow(() -> ParameterException.invalid(name, areaCodes(),
                "unknown area \"" + text + "\"; see /api/catalogue"));
    }

    /** One area, required. */
    public String requiredArea(String name, String text) {
        if (blank(text)) {
            throw ParameterException.missing(name, areaCodes(), name + " is required (an ISO 3166 alpha-3 code such "
                    + "as ESP)");
        }
        return area(name, text);
    }

    /** A country (not a group), required: one side of a bilateral flow. */
    public Area country(String name, String text) {
        List<String> countries = catalogue.areas().stream().filter(Area::isCountry).map(Area::code).toList();
        if (blank(text)) {
            throw ParameterException.missing(name, countries, name + " is required (an ISO 3166 alpha-3 code "
                    + "such as ESP)");
        }
        return catalogue.resolveArea(text.strip()).flatMap(catalogue::area).filter(Area::isCountry).orElseThrow(() ->
                ParameterException.invalid(name, countries, "unknown " + name + " \"" + text
                        + "\" (a country is needed)"));
    }

    /** A partner area, or {@code _T} for all partners; null when not given. */
    public String partner(String name, String text) {
        if (blank(text)) {
            return null;
        }
        if (Harmoniser.TOTAL.equals(text.strip())) {
            return Harmoniser.TOTAL;
        }
        return catalogue.resolveArea(text.strip()).orElseThrow(() -> {
            List<String> accepted = new ArrayList<>(List.of(Harmoniser.TOTAL));
            accepted.addAll(areaCodes());
            return ParameterException.invalid(name, accepted, "unknown " + name + " \"" + text
                    + "\"; give an area of /api/catalogue, or _T for all partners");
        });
    }

    /** A source (connector id) this installation has; null when not given. */
    public String source(String name, String text) {
        if (blank(text)) {
            return null;
        }
        if (!sources.ids().contains(text.strip())) {
            throw ParameterException.invalid(name, sources.ids(), "unknown source \"" + text
                    + "\"; see /api/sources");
        }
        return text.strip();
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

    /**
     * {@code asOf} as an instant: a date means the end of that day (UTC), so that {@code asOf=2025-01-01}
     * includes what was loaded that day. Null when not given; refused before 1970 or in the future.
     */
    public Instant asOf(String name, String text) {
        if (blank(text)) {
            return null;
        }
        Instant at = instant(name, text.strip(), true);
        Instant latest = clock.instant().plus(Duration.ofDays(1));
        if (!at.isAfter(EARLIEST) || at.isAfter(latest)) {
            throw ParameterException.invalid(name, DATE_FORMS, name + " must be a date between 1970-01-01 and today "
                    + "(the figures as they stood then); got \"" + text + "\"");
        }
        return at;
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

    private static Instant instant(String name, String text, boolean endOfDay) {
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

    /** An area kind of the catalogue (country, group, route…); null when not given. */
    public String areaKind(String name, String text) {
        if (blank(text)) {
            return null;
        }
        List<String> kinds = catalogue.areas().stream().map(Area::kind).distinct().sorted().toList();
        if (!kinds.contains(text.strip())) {
            throw ParameterException.invalid(name, kinds, name + " must be one of " + String.join(", ", kinds));
        }
        return text.strip();
    }

    private List<String> areaCodes() {
        return catalogue.areas().stream().map(Area::code).toList();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
