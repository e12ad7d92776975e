package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's memory limit is DuckDB's, and what DuckDB holds is readable for the operators' gauge. */
class DatabaseMemoryTest {

    @Test
    void theLimitIsSetOnTheDatabase(@TempDir Path dir) throws SQLException {
        try (Database database = new Database(dir.resolve("rives.duckdb"), 2, "256MB")) {
            assertThat(setting(database)).isEqualTo("244.1 MiB"); // 256 * 10^6 bytes, as DuckDB prints it
        }
    }

    @Test
    void withoutALimitDuckDbKeepsItsDefault(@TempDir Path dir) throws SQLException {
        try (Database limited = new Database(dir.resolve("a.duckdb"), 1, "256MB");
             Database unlimited = new Database(dir.resolve("b.duckdb"), 1)) {
            assertThat(setting(unlimited)).isNotEqualTo(setting(limited));
        }
    }

    @Test
    void aLimitThatIsNoSizeStopsTheStart(@TempDir Path dir) {
        assertThatThrownBy(() -> new Database(dir.resolve("rives.duckdb"), 1, "lots"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"lots\" is not a size");
    }

    @Test
    void whatDuckDbHoldsGrowsWithATable(@TempDir Path dir) throws SQLException {
        try (Database database = new Database(dir.resolve("rives.duckdb"), 1, "1GB")) {
            long before = database.nativeMemoryBytes();
            database.write(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TEMP TABLE t AS SELECT range AS n, range::VARCHAR AS s FROM range(2000000)");
                }
                return null;
            });
            assertThat(database.nativeMemoryBytes()).isGreaterThan(before + 8_000_000);
        }
    }

    private static String setting(Database database) throws SQLException {
        try (Database.ReadConnection read = database.read();
             Statement statement = read.connection().createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_setting('memory_limit')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
