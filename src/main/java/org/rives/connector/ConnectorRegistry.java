package org.rives.connector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The connectors of this installation, read from {@code connectors/*.yaml}. Each file is checked
 * against the connector schema; a file that fails is refused with its path and the reasons, and the
 * others load as usual.
 */
public final class ConnectorRegistry {

    /** A connector file that was refused, and why. */
    public record Problem(Path file, List<String> reasons) {
        @Override
        public String toString() {
            return file + ": " + String.join("; ", reasons);
        }
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Schema SCHEMA = loadSchema();

    private final Path directory;
    // Replaced whole on reload, never changed in place: readers on other threads see the old set or the new.
    private volatile Map<String, ConnectorDefinition> definitions = Map.of();
    private volatile List<Problem> problems = List.of();

    public ConnectorRegistry(Path directory) {
        this.directory = directory;
        reload();
    }

    public synchronized void reload() {
        Map<String, ConnectorDefinition> read = new TreeMap<>();
        List<Problem> refused = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            refused.add(new Problem(directory, List.of("connector folder not found")));
        } else {
            try (Stream<Path> files = Files.list(directory)) {
                files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted()
                        .forEach(file -> read(file, read, refused));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + directory, e);
            }
        }
        definitions = read;
        problems = refused;
    }

    private static void read(Path file, Map<String, ConnectorDefinition> definitions, List<Problem> problems) {
        List<String> reasons = new ArrayList<>();
        ConnectorDefinition definition = parse(file, reasons);
        if (definition == null) {
            problems.add(new Problem(file, reasons));
        } else if (definitions.containsKey(definition.id())) {
            problems.add(new Problem(file, List.of("id " + definition.id() + " is already used by "
                    + definitions.get(definition.id()).origin())));
        } else {
            definitions.put(definition.id(), definition);
        }
    }

    /** Reads and checks one definition; null with the reasons filled in when it is refused. */
    static ConnectorDefinition parse(Path file, List<String> reasons) {
        JsonNode tree;
        try (InputStream in = Files.newInputStream(file)) {
            tree = YAML.readTree(in);
        } catch (IOException | JacksonException e) {
            reasons.add("not valid YAML: " + e.getMessage());
            return null;
        }
        if (tree == null || !tree.isObject()) {
            reasons.add("not a YAML mapping");
            return null;
        }
        for (Error error : SCHEMA.validate(tree)) {
            reasons.add(describe(error));
        }
        if (!reasons.isEmpty()) {
            return null;
        }
        ConnectorDefinition definition = YAML.treeToValue(tree, ConnectorDefinition.class).withOrigin(file);
        String stem = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        if (!stem.equals(definition.id())) {
            reasons.add("id \"" + definition.id() + "\" differs from the file name \"" + stem + "\"");
            return null;
        }
        return definition;
    }

    private static String describe(Error error) {
        String at = error.getInstanceLocation().toString();
        if ("additionalProperties".equals(error.getKeyword())) {
            return "unknown key \"" + error.getProperty() + "\" at " + at + " (a typo?)";
        }
        return at + ": " + error.getMessage();
    }

    public Optional<ConnectorDefinition> find(String id) {
        return Optional.ofNullable(definitions.get(id));
    }

    public Collection<ConnectorDefinition> all() {
        return List.copyOf(definitions.values());
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public Path directory() {
        return directory;
    }

    private static Schema loadSchema() {
        try (InputStream in = ConnectorRegistry.class.getClassLoader().getResourceAsStream("connector.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("connector.schema.json is missing from the class path");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
