package org.rives.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.stream.Stream;

import org.rives.export.ExportManifest;
import org.rives.export.ParquetExport;
import org.rives.export.ReadOnlyStore;

/**
 * {@code bench/export.sh}: times {@code rives export --parquet} on the serving benchmark's store (the long
 * file, 4.85 million observations; built once by {@code ServePrep} when missing) and reports rows, size on
 * disk, seconds and throughput. Arguments: repo.
 */
public final class ExportBench {

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchFiles files = new BenchFiles(Path.of(args[0]));
        Path store = files.work.resolve("serve");
        Path longFile = files.longFile(Long.getLong("bench.rows", 5_000_000L));
        Path ready = store.resolve("ready");
        if (!Files.exists(ready) || !Files.readString(ready).equals(longFile.getFileName() + "\n")) {
            ServePrep.build(files, store, longFile);
        }
        Path target = files.work.resolve("export");
        BenchFiles.fresh(target);
        long start = System.nanoTime();
        ExportManifest manifest;
        try (Connection connection = ReadOnlyStore.open(store.resolve("rives.duckdb"))) {
            manifest = new ParquetExport("bench").write(connection, null, target);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes;
        try (Stream<Path> paths = Files.walk(target)) {
            bytes = paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("export of %s: %,d observations, %d partitions, %.1f MB on disk (%.1f bytes per row), "
                        + "%.2f s, %,.0f rows/s%n", store.resolve("rives.duckdb"), manifest.rows(),
                manifest.partitions().size(), bytes / 1e6, (double) bytes / Math.max(1, manifest.rows()), seconds,
                manifest.rows() / seconds);
        System.out.printf("store file: %.1f MB%n", Files.size(store.resolve("rives.duckdb")) / 1e6);
    }
}
