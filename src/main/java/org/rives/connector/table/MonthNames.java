package org.rives.connector.table;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Month names in a publisher's language as period labels ({@code monthNames}): "Janvier 2024",
 * "janv. 2024" or "2024 janvier" read as {@code 2024-01}; and, where months are rows and years are
 * columns ({@code monthColumn}), a year header and a month cell read together. Case, accents and
 * a trailing abbreviation dot do not matter. A label that is not a month is passed on unchanged, so
 * the harmoniser rejects it with its line and column.
 */
final class MonthNames {

    private static final Map<String, List<String>> LANGUAGES = Map.of(
            "fr", List.of("janvier janv jan", "fevrier fevr fev", "mars mar", "avril avr", "mai", "juin",
                    "juillet juil", "aout", "septembre sept sep", "octobre oct", "novembre nov", "decembre dec"),
            "es", List.of("enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun", "julio jul",
                    "agosto ago", "septiembre setiembre sept sep set", "octubre oct", "noviembre nov", "diciembre dic"),
            "it", List.of("gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu",
                    "luglio lug", "agosto ago", "settembre set", "ottobre ott", "novembre nov", "dicembre dic"),
            "pt", List.of("janeiro jan", "fevereiro fev", "marco mar", "abril abr", "maio mai", "junho jun",
                    "julho jul", "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez"),
            "en", List.of("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
                    "august aug", "september sept sep", "october oct", "november nov", "december dec"));

    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?[\\s/-]*(\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[\\s/-]+(\\p{L}+)\\.?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Map<String, Integer> months = new HashMap<>();

    private MonthNames(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            for (String name : names.get(i).split(" ")) {
                months.put(name, i + 1);
            }
        }
    }

    /** The month names of a language (fr, es, it, pt, en); null when none is set. */
    static MonthNames of(String language) {
        return of(language, "csv");
    }

    /** As {@link #of(String)}, naming the options block in the message for an unknown language. */
    static MonthNames of(String language, String block) {
        if (language == null) {
            return null;
        }
        List<String> names = LANGUAGES.get(language);
        if (names == null) {
            throw new IllegalArgumentException(block + ".monthNames \"" + language + "\" is not one of "
                    + LANGUAGES.keySet());
        }
        return new MonthNames(names);
    }

    /** {@code YYYY-MM} for a month-and-year label in this language; any other label as it is. */
    String normalise(String label) {
        String text = label.strip();
        Matcher m = MONTH_YEAR.matcher(text);
        if (m.matches()) {
            return format(m.group(2), m.group(1), label);
        }
        m = YEAR_MONTH.matcher(text);
        if (m.matches()) {
            return format(m.group(1), m.group(2), label);
        }
        return label;
    }

    /** The period of a year header and a month cell; a cell that is no month gives "year cell" unchanged. */
    String combine(String year, String month) {
        String fallback = year.strip() + " " + month.strip();
        return format(year.strip(), month.strip().replaceFirst("\\.$", ""), fallback);
    }

    private String format(String year, String name, String fallback) {
        Integer month = months.get(key(name));
        if (month == null || !year.matches("\\d{4}")) {
            return fallback;
        }
        return year + "-" + (month < 10 ? "0" : "") + month;
    }

    private static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT);
    }
}
