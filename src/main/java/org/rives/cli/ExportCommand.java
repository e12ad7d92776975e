package org.rives.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.rives.export.AsOf;
import org.rives.export.ExportManifest;
import org.rives.export.ParquetExport;
import org.rives.export.ReadOnlyStore;
import org.rives.export.RivesVersion;
import org.rives.store.StoreException;
import org.rives.system.RivesProperties;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rives export --parquet DIR [--as-of DATE]}: the harmonised long table as Parquet, partitioned by
 * indicator and year, with a manifest. Opens the store read-only, without starting the application.
 */
@Command(name = "export", description = "Write the harmonised long table as Parquet files, Hive-partitioned by "
        + "indicator and year, with _manifest.json (loads, counts, checksums, schema).")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    RivesCommand parent;

    @Option(names = "--parquet", required = true, paramLabel = "DIR",
            description = "the folder to write (absent or empty)")
    Path dir;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "the figures as they stood then: a date (end of that day, UTC) or an instant")
    String asOf;

    @Override
    public Integer call() throws Exception {
        Instant at;
        try {
            at = AsOf.parse(asOf);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        try (Connection store = ReadOnlyStore.open(storeFile())) {
            ExportManifest manifest = new ParquetExport(RivesVersion.current()).write(store, at, dir);
            System.out.println(summary(manifest, (System.nanoTime() - started) / 1_000_000));
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    private String summary(ExportManifest manifest, long millis) {
        int loads = manifest.loads().size();
        return "exported " + manifest.rows() + " observations (" + (manifest.asOf() == null ? "current figures"
                : "as of " + manifest.asOf()) + ", up to load " + manifest.lastLoadId() + ", from " + loads + " load"
                + (loads == 1 ? "" : "s") + ") in " + manifest.partitions().size() + " partitions to " + dir + " ("
                + millis + " ms); manifest " + dir.resolve(ParquetExport.MANIFEST);
    }

    /** As the server finds it: {@code --db}, else {@code RIVES_DB}, else {@code data/rives.duckdb} under the home. */
    private Path storeFile() {
        String db = parent.db != null ? parent.db : System.getenv("RIVES_DB");
        String home = parent.home != null ? parent.home : System.getenv("RIVES_HOME");
        return new RivesProperties(home, db, null, null, null, null, null).dbPath();
    }
}
