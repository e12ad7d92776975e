package org.rives.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * {@code bench/compiled-sketch.sh}: what a load of the long file would cost if the connector were compiled
 * into DuckDB's {@code read_csv} and harmonised as set operations (issue 13's design), statement by
 * statement, beside the reference of {@code bench/ingest.sh}. It is a costing, not a load: the key
 * dictionary goes through Java and back as the design has it, but with the bench connector's codes taken
 * as they are (no catalogue lookup, no report, no checks), so it bounds the design from below. Two shapes
 * are timed: the file materialised once into a temporary table (its row id gives the line), and two passes
 * over the file (keys first, then staging straight from {@code read_csv}). Not a test.
 */
public final class CompiledPathSketch {

    private static final String OBSERVATION = """
            CREATE TABLE observation (series_id INTEGER NOT NULL, time_period VARCHAR NOT NULL,
                obs_value DOUBLE NOT NULL, obs_status VARCHAR NOT NULL, obs_flags VARCHAR, load_id INTEGER NOT NULL,
                superseded_by INTEGER CHECK (superseded_by > load_id), src_line BIGINT)""";
    private static final String KEYS = "citizen, sex, age, geo";
    private static final String PLAIN = "coalesce(OBS_VALUE, '') NOT IN ('', ':')";

    private final List<String> lines = new ArrayList<>();
    private double total;

    private CompiledPathSketch() {
    }

    public static void main(String[] args) throws Exception {
        BenchFiles files = new BenchFiles(Path.of(args.length > 0 ? args[0] : "."));
        Path file = files.longFile(Long.getLong("bench.rows", 5_000_000L));
        String csv = "read_csv('" + file + "', header = true, all_varchar = true)";
        try (Connection warmUp = DriverManager.getConnection("jdbc:duckdb:")) {
            // loads DuckDB's native library once, outside every timed statement
        }
        new CompiledPathSketch().run(files, "reference", List.of("CREATE TABLE t AS SELECT * FROM " + csv, "COMMIT"));
        new CompiledPathSketch().run(files, "materialised once", materialised(csv,
                "CREATE TEMP TABLE stage_obs AS SELECT k.series, p.period, CAST(r.OBS_VALUE AS DOUBLE) AS obs_value, "
                        + "r.OBS_FLAG AS flag, r.rowid + 2 AS src_line FROM raw r " + joins() + " WHERE " + PLAIN,
                insert()));
        new CompiledPathSketch().run(files, "materialised once, inserted without staging", materialised(csv,
                "INSERT INTO observation SELECT k.series, r.TIME_PERIOD, CAST(r.OBS_VALUE AS DOUBLE), 'A', r.OBS_FLAG, 1, "
                        + "NULL, r.rowid + 2 FROM raw r " + joins() + " WHERE " + PLAIN + " ORDER BY k.geo, k.series, "
                        + "r.TIME_PERIOD"));
        new CompiledPathSketch().run(files, "two passes", List.of(
                keys(csv, "0"),
                periods(csv, "0"),
                "CREATE TEMP TABLE stage_obs AS SELECT k.series, p.period, CAST(r.OBS_VALUE AS DOUBLE) AS obs_value, "
                        + "r.OBS_FLAG AS flag, 0 AS src_line FROM " + csv + " r " + joins() + " WHERE " + PLAIN,
                insert(), "COMMIT"));
    }

    /**
     * The file read once into {@code raw} (its row id gives the line), the dictionaries taken from it, the
     * value cells checked for the plain-decimal shape, then {@code statements} and the commit.
     */
    private static List<String> materialised(String csv, String... statements) {
        List<String> all = new ArrayList<>(List.of(
                "CREATE TEMP TABLE raw AS SELECT * FROM " + csv,
                keys("raw", "rowid"),
                periods("raw", "rowid"),
                "SELECT count(*) FROM raw WHERE " + PLAIN
                        + " AND NOT regexp_full_match(OBS_VALUE, '-?[0-9]{1,15}(\\.[0-9]{1,15})?')"));
        all.addAll(List.of(statements));
        all.add("COMMIT");
        return all;
    }

    /** Distinct keys in order of first appearance; {@code first} orders them (a row id, or nothing). */
    private static String keys(String from, String first) {
        return "CREATE TEMP TABLE raw_keys AS SELECT " + KEYS + ", row_number() OVER (ORDER BY min(" + first
                + ")) AS k FROM " + from + " GROUP BY ALL";
    }

    private static String periods(String from, String first) {
        return "CREATE TEMP TABLE raw_periods AS SELECT TIME_PERIOD, row_number() OVER (ORDER BY min(" + first
                + ")) AS period FROM " + from + " GROUP BY ALL";
    }

    private static String joins() {
        return "JOIN key_map k ON k.citizen = r.citizen AND k.sex = r.sex AND k.age = r.age AND k.geo = r.geo "
                + "JOIN raw_periods p ON p.TIME_PERIOD = r.TIME_PERIOD";
    }

    private static String insert() {
        return """
                INSERT INTO observation
                SELECT k.series, p.TIME_PERIOD, o.obs_value, 'A', o.flag, 1, NULL, o.src_line
                FROM stage_obs o JOIN key_map k ON k.series = o.series
                JOIN (SELECT period, TIME_PERIOD, row_number() OVER (ORDER BY TIME_PERIOD) AS period_rank
                      FROM raw_periods) p ON p.period = o.period
                ORDER BY k.geo, k.series, p.period_rank""";
    }

    private void run(BenchFiles files, String title, List<String> statements) throws Exception {
        Path db = BenchFiles.fresh(files.work.resolve("sketch")).resolve("sketch.duckdb");
        try (DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + db);
             Statement statement = connection.createStatement()) {
            statement.execute(OBSERVATION);
            statement.execute("BEGIN");
            for (String sql : statements) {
                long start = System.nanoTime();
                statement.execute(sql);
                note(sql, start);
                if (sql.startsWith("CREATE TEMP TABLE raw_keys")) {
                    start = System.nanoTime();
                    mapKeysInJava(connection);
                    note("key dictionary through Java and back (the harmoniser's part)", start);
                }
            }
        }
        System.out.printf("%n== %s: %.2f s%n", title, total);
        lines.forEach(System.out::println);
    }

    /** The design's hand-off: each distinct key read by Java, mapped, and appended back with its series. */
    private static void mapKeysInJava(DuckDBConnection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE key_map (series INTEGER, citizen VARCHAR, sex VARCHAR, age VARCHAR, "
                    + "geo VARCHAR)");
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT k, " + KEYS + " FROM raw_keys ORDER BY k");
             DuckDBAppender appender = connection.createAppender("temp", "main", "key_map")) {
            while (rs.next()) {
                appender.beginRow().append(rs.getInt(1)).append(rs.getString(2)).append(rs.getString(3))
                        .append(rs.getString(4)).append(rs.getString(5)).endRow();
            }
        }
    }

    private void note(String what, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        total += seconds;
        String first = what.strip().lines().findFirst().orElse("");
        lines.add(String.format("  %6.2f s  %s", seconds, first.length() > 110 ? first.substring(0, 110) + "..." : first));
    }
}
