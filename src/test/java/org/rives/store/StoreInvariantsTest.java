package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.TestStore;

/**
 * The observation table keeps the constraints the migrations gave it, and what no index can declare is
 * checked: by every load before it commits, and over the whole store by {@link StoreInvariants}.
 */
class StoreInvariantsTest {

    @TempDir
    Path dir;
    TestStore store;

    @BeforeEach
    void twoLoads() {
        store = new TestStore(dir);
        store.load("worldbank-wdi", wdi("v1.csv", "100", "200"));
        store.load("worldbank-wdi", wdi("v2.csv", "100", "250")); // revises 2022, so the table is refilled
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRefilledTableKeepsItsConstraints() {
        assertThat(StoreInvariants.check(store.database)).isEmpty();
        assertThat(store.rows("SELECT column_name FROM duckdb_columns() WHERE table_name = 'observation' "
                + "AND NOT is_nullable ORDER BY column_index"))
                .containsExactly("series_id", "time_period", "obs_value", "obs_status", "load_id");
        assertThatThrownBy(() -> execute("INSERT INTO observation VALUES (1, '2023', 1, 'A', NULL, NULL, NULL, 1)"))
                .hasMessageContaining("NOT NULL constraint failed");
        assertThatThrownBy(() -> execute("INSERT INTO series SELECT 99, source, indicator, ref_area, counterpart_area, "
                + "sex, age, breakdown, freq, unit, unit_mult FROM series WHERE series_id = 1"))
                .hasMessageContaining("violates unique constraint");
    }

    @Test
    void aTableRewrittenWithoutItsConstraintsIsFound() throws SQLException {
        execute("CREATE OR REPLACE TABLE observation AS SELECT * FROM observation");

        assertThat(StoreInvariants.check(store.database)).containsExactly(
                "observation column accepts NULL (the table lost its constraints): series_id, time_period, obs_value",
                "observation lost its check that a figure is superseded by a later load: observation");
    }

    @Test
    void twoCurrentFiguresAndCountsThatDoNotAddUpAreFound() throws SQLException {
        execute("INSERT INTO observation SELECT series_id, time_period, 1, obs_status, obs_flags, load_id, NULL, src_line "
                + "FROM observation WHERE superseded_by IS NULL AND time_period = '2021'");

        List<String> breaches = StoreInvariants.check(store.database);

        assertThat(breaches).containsExactly(
                "more than one current figure for a series and period: 1 2021",
                "one load gave a series and period twice: 1 2021 load 1",
                "load whose recorded counts differ from the figures it brought or superseded: 1");
    }

    @Test
    void aLoadThatWouldLeaveTwoCurrentFiguresCommitsNothing() throws SQLException {
        execute("INSERT INTO observation SELECT series_id, time_period, obs_value, obs_status, obs_flags, load_id, NULL, src_line "
                + "FROM observation WHERE superseded_by IS NULL AND time_period = '2021'");
        List<String> figures = store.figures();

        assertThatThrownBy(() -> store.load("worldbank-wdi", wdi("v3.csv", "100", "300")))
                .isInstanceOf(StoreException.class)
                .hasMessage("load 3 would leave 2 current figures and 0 figures of its own for series 1, period 2021; "
                        + "nothing was committed");
        assertThat(store.figures()).isEqualTo(figures);
        assertThat(store.rows("SELECT count(*) FROM load")).containsExactly("2");
    }

    private Path wdi(String name, String v2021, String v2022) {
        return store.file(name, BadInputTest.PREAMBLE + BadInputTest.HEADER
                + BadInputTest.row("Morocco", "MAR", v2021, v2022), StandardCharsets.UTF_8);
    }

    private void execute(String sql) throws SQLException {
        try (Database.ReadConnection read = store.database.read(); Statement statement = read.connection().createStatement()) {
            statement.execute(sql);
        }
    }
}
