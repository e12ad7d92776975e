package org.rives.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names of units and their multipliers in the three languages, from the same code list the page reads
 * ({@code static/codelists.json}), so that the report and the workbook say "US dollars, millions" where
 * the page does, never the code.
 */
final class UnitNames {

    private static final JsonNode CODES = read();

    private UnitNames() {
    }

    /** "persons", "US dollars, millions", "dollars américains, millions"; the code where it has no name. */
    static String of(String unit, int unitMult, String language) {
        if (unit == null) {
            return "";
        }
        String name = name("units", unit, language);
        if (unitMult == 0) {
            return name;
        }
        String multiplier = name("multipliers", String.valueOf(unitMult), language);
        return name + ("ar".equals(language) ? "، " : ", ")
                + (multiplier.equals(String.valueOf(unitMult)) ? "×10^" + unitMult : multiplier);
    }

    private static String name(String list, String code, String language) {
        JsonNode names = CODES.path(list).path(code);
        return names.path(language).asString(names.path("en").asString(code));
    }

    private static JsonNode read() {
        try (InputStream in = UnitNames.class.getResourceAsStream("/static/codelists.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
