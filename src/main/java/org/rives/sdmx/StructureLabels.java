package org.rives.sdmx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Names and labels of the SDMX artefacts that the catalogue does not carry itself, read from
 * {@code sdmx/structure.yaml} on the class path: concepts, codelist names and the codes of the small
 * codelists (frequency, sex, age, breakdown, unit, status...), the agency and the all-indicators flow.
 */
final class StructureLabels {

    private final JsonNode root;

    private StructureLabels(JsonNode root) {
        this.root = root;
    }

    static StructureLabels load() {
        try (InputStream in = StructureLabels.class.getClassLoader().getResourceAsStream("sdmx/structure.yaml")) {
            if (in == null) {
                throw new IOException("missing class-path resource sdmx/structure.yaml");
            }
            return new StructureLabels(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SDMX structure labels", e);
        }
    }

    String agencyId() {
        return root.path("agency").path("id").asString();
    }

    Map<String, String> agencyNames() {
        return texts(root.path("agency").path("names"));
    }

    Map<String, String> structureNames() {
        return texts(root.path("datastructure").path("names"));
    }

    Map<String, String> conceptNames(String concept) {
        return texts(root.path("concepts").path(concept));
    }

    Map<String, String> codelistNames(String codelist) {
        return texts(root.path("codelists").path(codelist).path("names"));
    }

    /** The codes this file labels for a codelist, in file order. */
    List<Item> codes(String codelist) {
        ArrayList<Item> items = new ArrayList<>();
        root.path("codelists").path(codelist).path("codes").properties()
                .forEach(e -> items.add(new Item(e.getKey(), texts(e.getValue()))));
        return items;
    }

    Map<String, String> dataflowNames(String flow) {
        return texts(root.path("dataflows").path(flow).path("names"));
    }

    Map<String, String> dataflowDescriptions(String flow) {
        return texts(root.path("dataflows").path(flow).path("descriptions"));
    }

    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> texts = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            // A comma in an unquoted YAML flow map splits a text into false keys: refuse them by name.
            if (!e.getKey().matches("[a-z]{2}") || !e.getValue().isString()) {
                throw new IllegalStateException("sdmx/structure.yaml: \"" + e.getKey() + "\" is not a language "
                        + "with its text (quote texts that hold a comma)");
            }
            texts.put(e.getKey(), e.getValue().asString());
        });
        return texts;
    }
}
