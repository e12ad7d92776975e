package org.rives.harmonise;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the catalogue from the data files under {@code catalogue/} on the class path. */
public final class CatalogueLoader {

    private static final List<String> LANGUAGES = List.of("en", "fr", "ar");

    private CatalogueLoader() {
    }

    public static Catalogue load() {
        try {
            JsonNode root = new YAMLMapper().readTree(open("catalogue/indicators.yaml"));
            return new Catalogue(axes(root.path("axes")), indicators(root.path("indicators")), areas());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalogue", e);
        }
    }

    private static List<Axis> axes(JsonNode node) {
        List<Axis> axes = new ArrayList<>();
        node.forEach(axis -> axes.add(new Axis(axis.path("code").asString(), strings(axis.path("labels")))));
        return axes;
    }

    private static List<Indicator> indicators(JsonNode node) {
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode indicator : node) {
            List<String> precedence = new ArrayList<>();
            indicator.path("precedence").forEach(source -> precedence.add(source.asString()));
            indicators.add(new Indicator(indicator.path("code").asString(), indicator.path("axis").asString(),
                    indicator.path("sdg").asString(null), indicator.path("unit").asString(),
                    strings(indicator.path("labels")), strings(indicator.path("definitions")), precedence,
                    Indicator.Negatives.of(indicator.path("negative").asString(null))));
        }
        return indicators;
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asString()));
        return map;
    }

    private static List<Area> areas() throws IOException {
        List<Area> areas = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(open("catalogue/areas.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                Map<String, String> names = new LinkedHashMap<>();
                for (String language : LANGUAGES) {
                    names.put(language, row.get("name_" + language));
                }
                List<String> aliases = row.get("aliases").isEmpty() ? List.of()
                        : Arrays.stream(row.get("aliases").split("\\|")).map(String::strip).toList();
                areas.add(new Area(row.get("code"), row.get("kind"), row.get("iso2"), row.get("iso3"),
                        row.get("m49"), row.get("shore"), names, aliases));
            }
        }
        return areas;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing class-path resource " + resource);
        }
        return in;
    }
}
