package org.rives.connector;

import java.io.IOException;
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

    private final Path directory;
    private final ConnectorParser parser;
    // Replaced whole on reload, never changed in place: readers on other threads see the old set or the new.
    private volatile Map<String, ConnectorDefinition> definitions = Map.of();
    private volatile List<Problem> problems = List.of();

    /** The connectors of a folder, read with the readers found on the class path. */
    public ConnectorRegistry(Path directory) {
        this(directory, ConnectorParser.standard());
    }

    public ConnectorRegistry(Path directory, ConnectorParser parser) {
        this.directory = directory;
        this.parser = parser;
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

    private void read(Path file, Map<String, ConnectorDefinition> definitions, List<Problem> problems) {
        List<String> reasons = new ArrayList<>();
        ConnectorDefinition definition = parser.parse(file, reasons);
        if (definition == null) {
            problems.add(new Problem(file, reasons));
        } else if (definitions.containsKey(definition.id())) {
            problems.add(new Problem(file, List.of("id " + definition.id() + " is already used by "
                    + definitions.get(definition.id()).origin())));
        } else {
            definitions.put(definition.id(), definition);
        }
    }

    /** Reads and checks one definition with the standard readers; null with the reasons when it is refused. */
    static ConnectorDefinition parse(Path file, List<String> reasons) {
        return ConnectorParser.standard().parse(file, reasons);
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
}
