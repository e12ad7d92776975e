package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read pool: statements kept with their connection, commits seen through them, readers never refused. */
class ReadPoolTest {

    private static final String COUNT = "SELECT count(*) FROM note";

    @TempDir
    Path dir;

    @Test
    void aPooledConnectionKeepsItsStatementsAndTheySeeLaterCommits() throws SQLException {
        try (Database database = new Database(dir.resolve("rives.duckdb"), 1)) {
            write(database, "CREATE TABLE note (text VARCHAR)");
            PreparedStatement first;
            try (Database.ReadConnection read = database.read()) {
                first = read.prepared(COUNT);
                assertThat(count(first)).isZero();
            }
            write(database, "INSERT INTO note VALUES ('a'), ('b')");
            try (Database.ReadConnection read = database.read()) {
                PreparedStatement again = read.prepared(COUNT);
                assertThat(again).isSameAs(first);
                assertThat(count(again)).isEqualTo(2);
            }
        }
    }

    @Test
    void aKeptStatementReadsATableReplacedSinceItWasPrepared() throws SQLException {
        try (Database database = new Database(dir.resolve("rives.duckdb"), 1)) {
            write(database, "CREATE TABLE note (text VARCHAR)");
            try (Database.ReadConnection read = database.read()) {
                assertThat(count(read.prepared(COUNT))).isZero();
            }
            write(database, "DROP TABLE note");
            write(database, "CREATE TABLE note AS SELECT 'x' AS text, 1 AS n");
            try (Database.ReadConnection read = database.read()) {
                assertThat(count(read.prepared(COUNT))).isEqualTo(1);
            }
        }
    }

    @Test
    void aConnectionClosedTwiceIsLentToOneReaderOnly() {
        try (Database database = new Database(dir.resolve("rives.duckdb"), 2)) {
            Database.ReadConnection read = database.read();
            read.close();
            read.close();
            try (Database.ReadConnection first = database.read(); Database.ReadConnection second = database.read()) {
                assertThat(second.connection()).isNotSameAs(first.connection());
            }
        }
    }

    @Test
    void aConnectionGivenBackAfterTheDatabaseClosedIsClosed() throws SQLException {
        Database.ReadConnection read;
        try (Database database = new Database(dir.resolve("rives.duckdb"), 2)) {
            read = database.read();
        }
        read.close();
        assertThat(read.connection().isClosed()).isTrue();
    }

    @Test
    void aForgottenStatementIsPreparedAfresh() throws SQLException {
        try (Database database = new Database(dir.resolve("rives.duckdb"), 1)) {
            write(database, "CREATE TABLE note (text VARCHAR)");
            try (Database.ReadConnection read = database.read()) {
                PreparedStatement kept = read.prepared(COUNT);
                read.forget(COUNT);
                assertThat(kept.isClosed()).isTrue();
                assertThat(read.prepared(COUNT)).isNotSameAs(kept);
            }
        }
    }

    @Test
    void withEveryPooledConnectionInUseAReaderStillGetsOne() throws SQLException {
        try (Database database = new Database(dir.resolve("rives.duckdb"), 1)) {
            write(database, "CREATE TABLE note (text VARCHAR)");
            try (Database.ReadConnection held = database.read();
                 Database.ReadConnection overflow = database.read()) {
                assertThat(overflow.connection()).isNotSameAs(held.connection());
                assertThat(count(overflow.prepared(COUNT))).isZero();
            }
            try (Database.ReadConnection read = database.read()) {
                assertThat(count(read.prepared(COUNT))).isZero();
            }
        }
    }

    private static void write(Database database, String sql) throws SQLException {
        database.write(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.execute(sql);
            }
        });
    }

    private static long count(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
