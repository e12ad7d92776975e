package org.rives.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.rives.harmonise.Area;
import org.rives.store.Database;
import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;

/**
 * First half of {@code bench/serve.sh}, run before the server starts (DuckDB lets one process open a
 * file): builds the serving store from the long file once, then times the cells {@code /api/compare}
 * serves fetched by a plain JDBC query on the same file, with the same concurrency and bounds as the
 * HTTP run, after the same warm-up: {@code warm-up} seconds at the same concurrency, not counted, so that
 * both sides are measured in their steady state. Prints the process's CPU time per query too ({@code cpu jdbc
 * MS}), beside the server's per request. Arguments: repo, from, to, threads, requests, seconds,
 * warm-up seconds (15 when left out).
 */
public final class ServePrep {

    /** The query ObservationQueries issues for the comparable table (same columns, filters and order). */
    private static final String SQL = "SELECT source, indicator, ref_area, counterpart_area, sex, age, breakdown, "
            + "freq, time_period, obs_value, unit, unit_mult, obs_status, obs_flags, load_id, superseded_by, src_line "
            + "FROM observation_long WHERE indicator = ? AND counterpart_area = ? AND sex = ? AND age = ? "
            + "AND breakdown = ? AND freq = ? AND ref_area IN (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AND time_period >= ? "
            + "AND time_period <= ? AND superseded_by IS NULL ORDER BY indicator, ref_area, counterpart_area, sex, age, "
            + "breakdown, freq, source, time_period LIMIT 2147483647 OFFSET 0";

    private ServePrep() {
    }

    public static void main(String[] args) throws Exception {
        BenchFiles files = new BenchFiles(Path.of(args[0]));
        String from = args[1];
        String to = args[2];
        int threads = Integer.parseInt(args[3]);
        long requests = Long.parseLong(args[4]);
        double seconds = Double.parseDouble(args[5]);
        double warmUp = args.length > 6 ? Double.parseDouble(args[6]) : 15;
        Path store = files.work.resolve("serve");
        Path db = store.resolve("rives.duckdb");
        Path longFile = files.longFile(Long.getLong("bench.rows", 5_000_000L));
        Path ready = store.resolve("ready");
        if (!Files.exists(ready) || !Files.readString(ready).equals(longFile.getFileName() + "\n")) {
            build(files, store, longFile);
        }
        List<String> areas = files.catalogue.fivePlusFive().stream().map(Area::code).toList();
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection root = DriverManager.getConnection("jdbc:duckdb:" + db, readOnly)) {
            int cells = query(root, areas, from, to);
            System.out.printf("serving store %s: the compare query returns %d cells%n", db, cells);
            LatencyRun.CallFactory perThread = () -> {
                Connection own = ((org.duckdb.DuckDBConnection) root).duplicate();
                return () -> query(own, areas, from, to);
            };
            LatencyRun.run(perThread, threads, requests, warmUp); // warm-up, as the server gets
            double cpu = cpuMillis();
            LatencyRun.Result result = LatencyRun.run(perThread, threads, requests, seconds);
            System.out.println("jdbc (plain query, " + threads + " threads): " + result.describe());
            System.out.printf("cpu jdbc %.2f%n", (cpuMillis() - cpu) / result.requests());
        }
    }

    /** CPU time of the whole process (DuckDB's native threads included), as serve.sh reads the server's. */
    private static double cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
    }

    static void build(BenchFiles files, Path store, Path longFile) throws Exception {
        BenchFiles.fresh(store);
        long start = System.nanoTime();
        try (Database database = new Database(store.resolve("rives.duckdb"), 2)) {
            LoadReport report = files.loadService(database, store).load(LoadRequest.of(BenchFiles.LONG, longFile));
            if (!report.succeeded()) {
                throw new IllegalStateException("the serving store did not load: " + report.message());
            }
            System.out.printf("built the serving store: %,d observations in %.1f s%n", report.observations(),
                    (System.nanoTime() - start) / 1e9);
        }
        Files.writeString(store.resolve("ready"), longFile.getFileName() + "\n");
    }

    /** Runs the query and reads every column of every row, as the API does; returns the row count. */
    private static int query(Connection connection, List<String> areas, String from, String to) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            int i = 1;
            for (String value : List.of("ASYL_APP", "_T", "_T", "_T", "_T", "M")) {
                statement.setString(i++, value);
            }
            for (String area : areas) {
                statement.setString(i++, area);
            }
            statement.setString(i++, from);
            statement.setString(i, to + "\uffff");
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[17];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows.size();
    }
}
