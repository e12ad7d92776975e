package org.rives.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.rives.connector.ConnectorRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The settings of a server caught while it loads its samples on start: a new store of its own, and one
 * connector with several sample files (the World Bank's WDI), so that {@link HeldSampleLoads} can hold the loads
 * back after the first file with the others still to come.
 */
public final class HeldStart {

    /** The connector whose samples the server loads; the first file is remittances received. */
    public static final String CONNECTOR = "worldbank-wdi";

    private HeldStart() {
    }

    /** A new folder holding {@code connectors/} with that one connector; the store goes beside it. */
    public static Path folder(String prefix) {
        Path work = TestStore.temporaryFolder(prefix);
        try {
            Files.createDirectories(work.resolve("connectors"));
            Files.copy(TestStore.REPO.resolve("connectors/" + CONNECTOR + ".yaml"),
                    work.resolve("connectors/" + CONNECTOR + ".yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return work;
    }

    /** How many sample files the connector names. */
    public static int sampleFiles() {
        return new ConnectorRegistry(TestStore.REPO.resolve("connectors")).find(CONNECTOR).orElseThrow().samples().size();
    }

    public static void register(DynamicPropertyRegistry registry, Path work) {
        registry.add("rives.db", () -> work.resolve("rives.duckdb").toString());
        registry.add("rives.raw-dir", () -> work.resolve("raw").toString());
        registry.add("rives.connectors-dir", () -> work.resolve("connectors").toString());
        registry.add("rives.home", () -> TestStore.REPO.toString());
    }
}
