package org.rives.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.connector.FeedReaders;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.CatalogueLoader;
import org.rives.store.Database;
import org.rives.store.LoadListener;
import org.rives.store.LoadService;
import org.rives.store.RawArchive;

/** The benchmark's folders, generated files and connectors, shared by the ingest and serve runs. */
final class BenchFiles {

    static final String LONG = "bench-long";
    static final String WIDE = "bench-wide";

    final Path repo;
    final Path work;
    final Catalogue catalogue = CatalogueLoader.load();
    final ConnectorRegistry connectors;

    BenchFiles(Path repo) {
        this.repo = repo.toAbsolutePath();
        this.work = this.repo.resolve("bench/work");
        this.connectors = new ConnectorRegistry(this.repo.resolve("bench/connectors"));
        if (!connectors.problems().isEmpty()) {
            throw new IllegalStateException("bench connectors refused: " + connectors.problems());
        }
    }

    /** The long file of {@code rows} rows, generated once and kept for later runs. */
    Path longFile(long rows) throws IOException {
        Path file = work.resolve("long-" + rows + ".csv");
        if (!Files.exists(file)) {
            Files.createDirectories(work);
            long start = System.nanoTime();
            Path partial = work.resolve(file.getFileName() + ".part");
            LongFileGenerator.write(partial, rows, catalogue);
            Files.move(partial, file);
            System.out.printf("generated %s (%,d rows) in %.1f s%n", file, rows, (System.nanoTime() - start) / 1e9);
        }
        return file;
    }

    /** The wide file: every catalogue country (and WDI aggregate) for every indicator of bench-wide. */
    Path wideFile() throws IOException {
        Path file = work.resolve("wide.csv");
        if (!Files.exists(file)) {
            Files.createDirectories(work);
            List<String> indicators = definition(WIDE).indicators().keySet().stream().sorted().toList();
            Path partial = work.resolve("wide.csv.part");
            long rows = WideFileGenerator.write(partial, indicators, catalogue);
            Files.move(partial, file);
            System.out.printf("generated %s (%,d rows x %d years)%n", file, rows,
                    WideFileGenerator.LAST_YEAR - WideFileGenerator.FIRST_YEAR + 1);
        }
        return file;
    }

    ConnectorDefinition definition(String id) {
        return connectors.find(id).orElseThrow();
    }

    /** A Rives pipeline on a store folder, wired as the application wires it. */
    LoadService loadService(Database database, Path storeDir) {
        return loadService(database, storeDir, LoadListener.NONE);
    }

    /** The same, telling {@code listener} of each load's phases. */
    LoadService loadService(Database database, Path storeDir, LoadListener listener) {
        return new LoadService(connectors, FeedReaders.discovered(), catalogue, database,
                new RawArchive(storeDir.resolve("raw")), listener);
    }

    /** Deletes a folder and everything in it, then creates it empty. */
    static Path fresh(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
