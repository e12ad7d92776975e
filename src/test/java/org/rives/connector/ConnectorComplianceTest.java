package org.rives.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rives.harmonise.DefinitionChecker;
import org.rives.testing.Golden;
import org.rives.testing.StoreChecks;
import org.rives.testing.TestStore;

/**
 * What every file in {@code connectors/} must satisfy: valid against the schema, provenance complete,
 * every mapped code in the catalogue, samples present, and each sample's harmonised output equal to
 * its golden file.
 */
class ConnectorComplianceTest {

    static Stream<Path> connectorFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestStore.REPO.resolve("connectors"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectorFiles")
    void definitionIsValidAndComplete(Path file) {
        List<String> reasons = new ArrayList<>();
        ConnectorDefinition definition = ConnectorRegistry.parse(file, reasons);
        assertThat(reasons).as("schema problems of %s", file).isEmpty();
        assertThat(definition.provenance().publisher()).isNotBlank();
        assertThat(definition.provenance().licence()).isNotBlank();
        assertThat(definition.provenance().url()).startsWith("http");
        assertThat(new DefinitionChecker(TestStore.catalogue(), TestStore.REPO).check(definition)).isEmpty();
        assertThat(definition.samples()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectorFiles")
    void samplesMatchTheirGoldenFiles(Path file, @TempDir Path work) throws IOException {
        ConnectorDefinition definition = ConnectorRegistry.parse(file, new ArrayList<>());
        List<String> failures = new ArrayList<>();
        int i = 0;
        for (String sample : definition.samples()) {
            Path store = Files.createDirectories(work.resolve("store" + i++));
            try {
                Golden.check(store, definition.id(), TestStore.REPO.resolve(sample));
                StoreChecks.assertInvariants(store);
            } catch (AssertionError e) {
                failures.add(sample + ": " + e.getMessage());
            }
        }
        assertThat(failures).as("samples whose output differs from their golden file").isEmpty();
    }
}
