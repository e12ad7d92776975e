package org.rives.harmonise;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * The schema of {@code catalogue/areas.csv}, checked column by column and row by row: the header is
 * exactly the expected columns, every code is unique, every kind is a known one, countries carry their
 * ISO and M49 codes, and no cell that has a fixed form holds anything else. A problem names the file,
 * line and column, as a connector's problems do.
 */
final class AreaTable {

    static final List<String> COLUMNS = List.of("code", "kind", "iso2", "iso3", "m49", "shore", "name_en", "name_fr",
            "name_ar", "aliases");
    static final List<String> KINDS = List.of("country", "other", "group", "route", "publisher_aggregate");

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_]*");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern M49 = Pattern.compile("[0-9]{3}");
    private static final Pattern SHORE = Pattern.compile("[NS]");

    private final String file;
    private final List<String> problems;
    private final Set<String> codes = new HashSet<>();

    AreaTable(String file, List<String> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Checks the header; false when the rows cannot be read by column name. */
    boolean header(List<String> names) {
        if (names.equals(COLUMNS)) {
            return true;
        }
        for (String name : names) {
            if (!COLUMNS.contains(name)) {
                problems.add(file + ":1: unknown column \"" + name + "\" (a typo?); the columns are "
                        + String.join(",", COLUMNS));
            }
        }
        for (String column : COLUMNS) {
            if (!names.contains(column)) {
                problems.add(file + ":1: missing column \"" + column + "\"");
            }
        }
        if (problems.isEmpty()) {
            problems.add(file + ":1: the columns are out of order; expected " + String.join(",", COLUMNS));
        }
        return false;
    }

    /** Checks one row; true when it can be turned into an area. */
    boolean row(CSVRecord row, long line) {
        int before = problems.size();
        if (row.size() != COLUMNS.size()) {
            problems.add(file + ":" + line + ": " + row.size() + " fields, the header has " + COLUMNS.size());
            return false;
        }
        String kind = row.get("kind");
        boolean country = "country".equals(kind);
        check(row, line, "code", CODE, "every area");
        if (!row.get("code").isEmpty() && !codes.add(row.get("code"))) {
            problems.add(at(line, "code") + "\"" + row.get("code") + "\" is listed twice");
        }
        if (!KINDS.contains(kind)) {
            problems.add(at(line, "kind") + "\"" + kind + "\" is not one of " + String.join(", ", KINDS) + " (a typo?)");
        }
        String countries = country ? "a country" : null;
        check(row, line, "iso2", ISO2, countries);
        check(row, line, "iso3", ISO3, countries);
        check(row, line, "m49", M49, countries);
        check(row, line, "shore", SHORE, null);
        if (KINDS.contains(kind) && !country && !row.get("shore").isEmpty()) {
            problems.add(at(line, "shore") + "only a country lies on a shore of the 5+5");
        }
        for (String language : List.of("en", "fr", "ar")) {
            if (row.get("name_" + language).isBlank()) {
                problems.add(at(line, "name_" + language) + "empty");
            }
        }
        if (!row.get("aliases").isEmpty() && List.of(row.get("aliases").split("\\|", -1)).stream().anyMatch(String::isBlank)) {
            problems.add(at(line, "aliases") + "an empty alias between '|' separators");
        }
        return problems.size() == before;
    }

    /** A cell of a fixed form; {@code requiredFor} names who must fill it, or is null when it may be empty. */
    private void check(CSVRecord row, long line, String column, Pattern form, String requiredFor) {
        String value = row.get(column);
        if (value.isEmpty()) {
            if (requiredFor != null) {
                problems.add(at(line, column) + "empty, but required for " + requiredFor);
            }
        } else if (!form.matcher(value).matches()) {
            problems.add(at(line, column) + "\"" + value + "\" does not match " + form.pattern());
        }
    }

    private String at(long line, String column) {
        return file + ":" + line + ": column " + column + ": ";
    }
}
