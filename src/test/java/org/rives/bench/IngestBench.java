package org.rives.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.rives.store.Database;
import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;

/**
 * {@code bench/ingest.sh}: times, for a long and a wide file, DuckDB's own {@code read_csv} of the file
 * into a table (the physical reference) and a full Rives load of it through {@code LoadService} (read,
 * harmonise, validate, stage, merge, commit) on a fresh store, and prints the ratio. Not a test.
 */
public final class IngestBench {

    private final BenchFiles files;
    private final HeapMeter heap = new HeapMeter();

    private IngestBench(BenchFiles files) {
        this.files = files;
    }

    /** One timed phase. */
    record Phase(double seconds, double cpuSeconds, long rows, HeapMeter.Peak heap, String outcome) {
    }

    /** CPU time of the whole process, DuckDB's native threads included: less sensitive to a busy machine. */
    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    public static void main(String[] args) throws Exception {
        BenchFiles files = new BenchFiles(Path.of(args.length > 0 ? args[0] : "."));
        long rows = Long.getLong("bench.rows", 5_000_000L);
        System.out.printf("JVM: %d cores, max heap %d MB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        IngestBench bench = new IngestBench(files);
        try (Connection warmUp = DriverManager.getConnection("jdbc:duckdb:")) {
            // loads DuckDB's native library once, outside every timed phase
        }
        String only = System.getProperty("bench.only", "");
        if (!only.equals("wide")) {
            bench.compare("long (Eurostat SDMX-CSV)", BenchFiles.LONG, files.longFile(rows), "");
        }
        if (!only.equals("long")) {
            bench.compare("wide (WDI bulk)", BenchFiles.WIDE, files.wideFile(), ", skip=4, header=true");
        }
    }

    private void compare(String title, String connector, Path file, String readOptions) throws Exception {
        double megabytes = Files.size(file) / 1e6;
        Phase reference = reference(file, readOptions);
        Phase rives = rives(connector, file);
        System.out.printf("%n== %s: %s, %.1f MB%n", title, file.getFileName(), megabytes);
        print("reference  DuckDB read_csv -> table", reference, megabytes);
        print("rives      LoadService.load       ", rives, megabytes);
        System.out.printf("  ratio rives / reference: %.2f (CPU time ratio %.2f)%n", rives.seconds / reference.seconds,
                rives.cpuSeconds / reference.cpuSeconds);
    }

    private static void print(String what, Phase phase, double megabytes) {
        System.out.printf("  %s %7.2f s (CPU %6.2f s)  %,11.0f rows/s  %6.1f MB/s  %s%n    %s%n", what, phase.seconds,
                phase.cpuSeconds, phase.rows / phase.seconds, megabytes / phase.seconds, phase.heap.describe(),
                phase.outcome);
    }

    private Phase reference(Path file, String readOptions) throws Exception {
        Path db = BenchFiles.fresh(files.work.resolve("reference")).resolve("reference.duckdb");
        heap.start();
        long start = System.nanoTime();
        double cpu = cpuSeconds();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t AS SELECT * FROM read_csv('" + file + "'" + readOptions + ")");
            double seconds = (System.nanoTime() - start) / 1e9;
            cpu = cpuSeconds() - cpu;
            HeapMeter.Peak peak = heap.stop();
            try (ResultSet rs = statement.executeQuery("SELECT count(*), (SELECT count(*) FROM "
                    + "(DESCRIBE t)) FROM t")) {
                rs.next();
                return new Phase(seconds, cpu, rs.getLong(1), peak, String.format("table t: %,d rows x %d columns",
                        rs.getLong(1), rs.getLong(2)));
            }
        }
    }

    private Phase rives(String connector, Path file) throws Exception {
        Path dir = BenchFiles.fresh(files.work.resolve("ingest-store"));
        try (Database database = new Database(dir.resolve("rives.duckdb"), 2, System.getProperty("bench.db-memory-limit"))) {
            heap.start();
            long start = System.nanoTime();
            double cpu = cpuSeconds();
            PhaseClock phases = new PhaseClock();
            LoadReport report = files.loadService(database, dir, phases).load(LoadRequest.of(connector, file));
            double seconds = (System.nanoTime() - start) / 1e9;
            cpu = cpuSeconds() - cpu;
            HeapMeter.Peak peak = heap.stop();
            String outcome = String.format("%s: %,d rows read, %,d cells, %,d observations, %,d missing, "
                            + "%,d excluded, %,d rejected%s", report.status(), report.rowsRead(), report.cellsRead(),
                    report.observations(), report.missingCells(), report.excluded(), report.rejected(),
                    report.rejections().isEmpty() ? "" : " (first: " + report.rejections().get(0) + ")")
                    + "\n    phases: " + phases.describe();
            return new Phase(seconds, cpu, report.rowsRead(), peak, outcome);
        }
    }
}
