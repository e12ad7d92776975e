package org.rives.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.rives.store.ObservationFilter;
import org.rives.store.StoreException;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the harmonised long table as Parquet files, Hive-partitioned by indicator and year
 * ({@code indicator=REMIT_IN/year=2022/data_0.parquet}), with {@code _manifest.json}. DuckDB writes the
 * files itself ({@code COPY ... PARTITION_BY}), so the rows never pass through the JVM.
 *
 * <p>All or nothing: the files are written to a hidden folder beside the target and moved into place
 * once the manifest is written, so a failed export leaves no half-written folder for a reader to take
 * as whole. The target must be absent or empty.
 */
public final class ParquetExport {

    public static final String MANIFEST = "_manifest.json";

    private static final String OPTIONS = "FORMAT parquet, COMPRESSION zstd, PARTITION_BY (indicator, year)";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final String version;

    public ParquetExport(String version) {
        this.version = version;
    }

    /** Exports the figures current now ({@code asOf} null) or as they stood at {@code asOf}. */
    public ExportManifest write(Connection connection, Instant asOf, Path target) throws IOException {
        refuseNonEmpty(target);
        Path staging = staging(target);
        try {
            ExportManifest manifest = Snapshot.read(connection, () -> {
                LongTableQuery query = LongTableQuery.of(everything(asOf)).withYear();
                try (PreparedStatement copy = query.copyTo(connection, staging, OPTIONS)) {
                    copy.execute();
                }
                return new ManifestBuilder(connection, staging).build(version, asOf);
            });
            JSON.writeValue(staging.resolve(MANIFEST).toFile(), manifest);
            moveIntoPlace(staging, target);
            return manifest;
        } catch (SQLException e) {
            throw new StoreException("cannot export to " + target + ": " + e.getMessage(), e);
        } finally {
            deleteTree(staging);
        }
    }

    /** No filter but the vintage: the whole long table. */
    static ObservationFilter everything(Instant asOf) {
        return new ObservationFilter(null, null, null, null, null, null, null, null, null, null, asOf);
    }

    private static void refuseNonEmpty(Path target) throws IOException {
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new IllegalArgumentException(target + " is a file; give a folder to export into");
            }
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(target + " is not empty; export into a new or empty folder");
                }
            }
        }
    }

    private static Path staging(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        return absolute.resolveSibling("." + absolute.getFileName() + ".partial-" + UUID.randomUUID());
    }

    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        Files.deleteIfExists(target); // an empty folder, checked above
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
