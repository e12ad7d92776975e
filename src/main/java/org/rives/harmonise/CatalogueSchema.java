package org.rives.harmonise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;

/**
 * Checks {@code indicators.yaml} against {@code catalogue/indicators.schema.json}, then what a schema
 * cannot say: every code is listed once, and every axis, indicator and area a section refers to is one
 * the catalogue defines.
 */
final class CatalogueSchema {

    private static final Schema SCHEMA = load();

    private CatalogueSchema() {
    }

    /** Adds the problems of {@code root}; {@code areas} is null when the area table itself has problems. */
    static void check(String file, JsonNode root, List<Area> areas, List<String> problems) {
        List<Error> errors = SCHEMA.validate(root);
        errors.forEach(error -> problems.add(file + ": " + describe(error)));
        if (!errors.isEmpty()) {
            return; // references are read by the schema's shape: check them once it holds
        }
        Set<String> axes = codes(file, root.path("axes"), "/axes", problems);
        Set<String> indicators = codes(file, root.path("indicators"), "/indicators", problems);
        int i = 0;
        for (JsonNode indicator : root.path("indicators")) {
            refer(file, "/indicators/" + i++ + "/axis", indicator.path("axis").asString(), axes, "axis", problems);
        }
        root.path("comparability").properties().forEach(entry -> {
            String at = "/comparability/" + entry.getKey();
            refer(file, at, entry.getKey(), indicators, "indicator", problems);
            if (entry.getValue().has("mirror")) {
                refer(file, at + "/mirror", entry.getValue().path("mirror").asString(), indicators, "indicator",
                        problems);
            }
        });
        if (areas != null) {
            Set<String> areaCodes = new HashSet<>();
            areas.forEach(area -> areaCodes.add(area.code()));
            root.path("currencies").properties().forEach(entry ->
                    refer(file, "/currencies/" + entry.getKey(), entry.getKey(), areaCodes, "area", problems));
        }
    }

    private static Set<String> codes(String file, JsonNode items, String at, List<String> problems) {
        Set<String> codes = new HashSet<>();
        int i = 0;
        for (JsonNode item : items) {
            String code = item.path("code").asString();
            if (!codes.add(code)) {
                problems.add(file + ": " + at + "/" + i + "/code: \"" + code + "\" is listed twice");
            }
            i++;
        }
        return codes;
    }

    private static void refer(String file, String at, String code, Set<String> known, String what,
                              List<String> problems) {
        if (!known.contains(code)) {
            problems.add(file + ": " + at + ": \"" + code + "\" is no " + what + " of the catalogue (a typo?)");
        }
    }

    private static String describe(Error error) {
        String at = error.getInstanceLocation().toString();
        if ("additionalProperties".equals(error.getKeyword())) {
            return "unknown key \"" + error.getProperty() + "\" at " + (at.isEmpty() ? "/" : at) + " (a typo?)";
        }
        return (at.isEmpty() ? "/" : at) + ": " + error.getMessage();
    }

    private static Schema load() {
        try (InputStream in = CatalogueSchema.class.getClassLoader()
                .getResourceAsStream("catalogue/indicators.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("catalogue/indicators.schema.json is missing from the class path");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
