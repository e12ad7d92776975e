package org.rives.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings the store's schema to the version this build expects, one numbered script at a time, each
 * in its own transaction and recorded in {@code schema_version}.
 */
final class SchemaMigrator {

    static final List<String> SCRIPTS = List.of("db/V1__init.sql", "db/V2__fetch_state.sql",
            "db/V3__definition_hash.sql", "db/V4__observation_constraints.sql");

    void migrate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "script VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)");
            int current = 0;
            try (ResultSet rs = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                rs.next();
                current = rs.getInt(1);
            }
            if (current > SCRIPTS.size()) {
                throw new StoreException("the store has schema version " + current + ", newer than this build ("
                        + SCRIPTS.size() + "); use a newer Rives");
            }
            for (int version = current + 1; version <= SCRIPTS.size(); version++) {
                apply(connection, version, SCRIPTS.get(version - 1));
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot migrate the store's schema: " + e.getMessage(), e);
        }
    }

    private static void apply(Connection connection, int version, String script) throws SQLException, IOException {
        String sql;
        try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                throw new IOException("missing " + script);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            statement.execute("INSERT INTO schema_version (version, script) VALUES (" + version + ", '" + script + "')");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
