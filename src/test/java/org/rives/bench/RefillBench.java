package org.rives.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

import org.rives.store.Database;
import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;
import org.rives.store.LoadService;

/**
 * {@code bench/refill.sh}: what a load into a large store pays to keep the observation table in
 * series-key order. A store is built from the long file (first load, inserted in order, no refill); then
 * three small loads each bring a few new figures, so each must put the whole table back in key order:
 * their time is almost all that. Uses only the public load API, so that the same class times another
 * revision of Rives. With {@code -Dbench.observationIndex=true} a unique index on (series, period, load)
 * is added to the observation table after the first load: what declaring that promise as an index
 * would cost. Not a test.
 */
public final class RefillBench {

    private static final int SMALL_LOADS = 3;
    private static final String[] REPORTERS = {"ES", "FR", "IT", "MT", "PT", "DE", "BE", "NL", "AT", "SE"};

    private RefillBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchFiles files = new BenchFiles(Path.of(args.length > 0 ? args[0] : "."));
        Path longFile = files.longFile(Long.getLong("bench.rows", 5_000_000L));
        Path dir = BenchFiles.fresh(files.work.resolve("refill-store"));
        try (Database database = new Database(dir.resolve("rives.duckdb"), 2)) {
            LoadService loads = files.loadService(database, dir);
            time("first load (into an empty table, no refill)", loads, longFile);
            if (Boolean.getBoolean("bench.observationIndex")) {
                addObservationIndex(database);
            }
            for (int month = 1; month <= SMALL_LOADS; month++) {
                time("small load " + month + " (a new month for " + REPORTERS.length + " series)", loads,
                        smallFile(files.work, month));
            }
        }
        System.out.printf("store file: %.1f MB%n", Files.size(dir.resolve("rives.duckdb")) / 1e6);
    }

    private static void time(String what, LoadService loads, Path file) throws IOException {
        double cpu = IngestBench.cpuSeconds();
        long start = System.nanoTime();
        LoadReport report = loads.load(LoadRequest.of(BenchFiles.LONG, file));
        System.out.printf("%-55s %7.2f s (CPU %6.2f s)  %s, %,d new, %,d revised, %,d unchanged%n", what,
                (System.nanoTime() - start) / 1e9, IngestBench.cpuSeconds() - cpu, report.status(), report.changes().added(),
                report.changes().revised(), report.changes().unchanged());
    }

    private static void addObservationIndex(Database database) throws SQLException {
        long start = System.nanoTime();
        try (Database.ReadConnection connection = database.read();
             Statement statement = connection.connection().createStatement()) {
            statement.execute("CREATE UNIQUE INDEX observation_key ON observation (series_id, time_period, load_id)");
        }
        System.out.printf("%-55s %7.2f s%n", "unique index on (series_id, time_period, load_id)",
                (System.nanoTime() - start) / 1e9);
    }

    /** A few figures for month 2025-{@code month}, in the long file's layout. */
    private static Path smallFile(Path work, int month) throws IOException {
        StringBuilder rows = new StringBuilder(LongFileGenerator.HEADER).append('\n');
        for (String reporter : REPORTERS) {
            rows.append("M,MA,T,TOTAL,").append(reporter).append(",2025-0").append(month).append(',')
                    .append(100 + month).append(",\n");
        }
        return Files.writeString(work.resolve("refill-" + month + ".csv"), rows, StandardCharsets.UTF_8);
    }
}
