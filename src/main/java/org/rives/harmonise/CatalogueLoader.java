package org.rives.harmonise;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the catalogue from {@code catalogue/} on the class path, or from a folder holding the same two
 * files. Both are checked first ({@link CatalogueSchema}, {@link AreaTable}): a misspelt key or column
 * is refused with its place, never read as absent. The catalogue's version is the hash of both files'
 * canonical content ({@link CanonicalHash}), so comments and layout do not change it.
 */
public final class CatalogueLoader {

    static final String INDICATORS = "indicators.yaml";
    static final String AREAS = "areas.csv";
    private static final List<String> LANGUAGES = List.of("en", "fr", "ar");

    /** Opens one of the catalogue's files by name. */
    @FunctionalInterface
    private interface Source {
        InputStream open(String name) throws IOException;
    }

    /** The areas as read, and their rows as a canonical document for the version. */
    private record AreaRows(List<Area> areas, ArrayNode canonical) {
    }

    private CatalogueLoader() {
    }

    /** The catalogue this build carries. */
    public static Catalogue load() {
        return read("catalogue/", name -> resource("catalogue/" + name));
    }

    /** A catalogue from a folder holding {@code indicators.yaml} and {@code areas.csv}. */
    public static Catalogue load(Path folder) {
        return read(folder.toString() + "/", name -> Files.newInputStream(folder.resolve(name)));
    }

    private static Catalogue read(String where, Source source) {
        List<String> problems = new ArrayList<>();
        JsonNode root = indicatorsFile(where + INDICATORS, source, problems);
        AreaRows areas = areasFile(where + AREAS, source, problems);
        boolean areasComplete = problems.isEmpty();
        if (root != null) {
            CatalogueSchema.check(where + INDICATORS, root, areasComplete ? areas.areas() : null, problems);
        }
        if (!problems.isEmpty()) {
            throw new CatalogueException(problems);
        }
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.set(INDICATORS, root);
        content.set(AREAS, areas.canonical());
        return new Catalogue(axes(root.path("axes")), indicators(root.path("indicators")), areas.areas(),
                CanonicalHash.of(content));
    }

    private static JsonNode indicatorsFile(String name, Source source, List<String> problems) {
        try (InputStream in = open(name, source, INDICATORS)) {
            JsonNode root = new YAMLMapper().readTree(in);
            if (root == null || !root.isObject()) {
                problems.add(name + ": not a YAML mapping");
                return null;
            }
            return root;
        } catch (JacksonException e) {
            problems.add(name + ": not valid YAML: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** A missing file is not a schema problem: the build or the folder is wrong. */
    private static InputStream open(String name, Source source, String file) {
        try {
            return source.open(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static AreaRows areasFile(String name, Source source, List<String> problems) {
        List<Area> areas = new ArrayList<>();
        ArrayNode canonical = JsonNodeFactory.instance.arrayNode();
        AreaTable table = new AreaTable(name, problems);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        InputStream in = open(name, source, AREAS);
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
            if (!table.header(parser.getHeaderNames())) {
                return new AreaRows(areas, canonical);
            }
            for (CSVRecord row : parser) {
                if (table.row(row, parser.getCurrentLineNumber())) {
                    areas.add(area(row));
                    ArrayNode cells = canonical.addArray();
                    row.forEach(cells::add);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            problems.add(name + ": not valid CSV: " + e.getMessage());
        }
        return new AreaRows(areas, canonical);
    }

    private static Area area(CSVRecord row) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            names.put(language, row.get("name_" + language));
        }
        List<String> aliases = row.get("aliases").isEmpty() ? List.of()
                : Arrays.stream(row.get("aliases").split("\\|")).map(String::strip).toList();
        return new Area(row.get("code"), row.get("kind"), row.get("iso2"), row.get("iso3"), row.get("m49"),
                row.get("shore"), names, aliases);
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

    private static InputStream resource(String name) throws IOException {
        InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing class-path resource " + name);
        }
        return in;
    }
}
