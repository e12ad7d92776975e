package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.TestStore;

/** A store written by an earlier build opens, and is brought to this build's schema without losing a figure. */
class SchemaMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aStoreWhoseLoadsRewroteTheObservationTableGetsItsConstraintsBack() throws Exception {
        writeVersion2Store();
        List<String> figures;
        try (TestStore store = new TestStore(dir)) {
            assertThat(store.rows("SELECT max(version) FROM schema_version"))
                    .containsExactly(String.valueOf(SchemaMigrator.SCRIPTS.size()));
            assertThat(StoreInvariants.check(store.database)).isEmpty();
            figures = store.figures();
            assertThat(figures).containsExactly(
                    "1\t2021\t100.0\tA\tnull\t1\tnull", "1\t2022\t200.0\tA\tnull\t1\t2", "1\t2022\t250.0\tA\tnull\t2\tnull",
                    "2\t2021\t300.0\tA\te\t2\tnull");
            assertThat(store.rows("SELECT ref_area, time_period, obs_value FROM observation_long "
                    + "WHERE superseded_by IS NULL ORDER BY ALL"))
                    .containsExactly("ESP\t2021\t300.0", "MAR\t2021\t100.0", "MAR\t2022\t250.0");

            LoadReport next = store.load("worldbank-wdi", store.file("v3.csv", BadInputTest.PREAMBLE
                    + BadInputTest.HEADER + BadInputTest.row("Morocco", "MAR", "100", "260"), StandardCharsets.UTF_8));
            assertThat(next.loadId()).isEqualTo(3);
            assertThat(next.changes()).isEqualTo(new LoadReport.Changes(0, 1, 0, 1));
            assertThat(StoreInvariants.check(store.database)).isEmpty();
        }
    }

    /**
     * A store as the build before version 3 left it: versions 1 and 2 applied, two loads committed (the
     * second revising a figure), and the observation table rewritten by {@code CREATE OR REPLACE TABLE ...
     * AS}, as each load then did, which dropped every NOT NULL.
     */
    private void writeVersion2Store() throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("rives.duckdb"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script VARCHAR, "
                    + "applied_at TIMESTAMP DEFAULT current_timestamp)");
            for (int version = 1; version <= 2; version++) {
                statement.execute(script(SchemaMigrator.SCRIPTS.get(version - 1)));
                statement.execute("INSERT INTO schema_version (version, script) VALUES (" + version + ", '"
                        + SchemaMigrator.SCRIPTS.get(version - 1) + "')");
            }
            statement.execute("""
                    INSERT INTO series VALUES
                      (1, 'worldbank-wdi', 'REMIT_IN', 'MAR', '_T', '_T', '_T', '_T', 'A', 'USD', 0),
                      (2, 'worldbank-wdi', 'REMIT_IN', 'ESP', '_T', '_T', '_T', '_T', 'A', 'USD', 0)""");
            statement.execute("""
                    INSERT INTO load (load_id, source, file_name, sha256, bytes, status, started_at, obs_new, obs_revised,
                                      obs_withdrawn, obs_unchanged)
                    VALUES (1, 'worldbank-wdi', 'v1.csv', 'aa', 10, 'committed', TIMESTAMP '2026-01-01', 2, 0, 0, 0),
                           (2, 'worldbank-wdi', 'v2.csv', 'bb', 10, 'committed', TIMESTAMP '2026-02-01', 1, 1, 0, 1)""");
            statement.execute("""
                    INSERT INTO observation VALUES
                      (1, '2021', 100, 'A', NULL, 1, NULL, 6), (1, '2022', 200, 'A', NULL, 1, 2, 6),
                      (1, '2022', 250, 'A', NULL, 2, NULL, 6), (2, '2021', 300, 'A', 'e', 2, NULL, 7)""");
            statement.execute("""
                    CREATE OR REPLACE TABLE observation AS
                    SELECT o.* FROM observation o JOIN series s USING (series_id)
                    ORDER BY s.indicator, s.ref_area, o.series_id, o.time_period, o.load_id""");
            assertThat(StoreInvariants.check(connection)).contains(
                    "observation column accepts NULL (the table lost its constraints): series_id, time_period, obs_value");
        }
    }

    private static String script(String name) throws IOException {
        try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
