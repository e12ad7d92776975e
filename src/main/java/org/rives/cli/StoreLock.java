package org.rives.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Whether another process holds the DuckDB file (DuckDB lets one process open a file for writing, and
 * then no other may open it at all). Asked before the command starts its context, so that the answer
 * is a sentence, not a failed start-up with a stack trace.
 */
final class StoreLock {

    private StoreLock() {
    }

    static boolean heldByAnotherProcess(Path db) {
        if (!Files.exists(db)) {
            return false;
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection ignored = DriverManager.getConnection("jdbc:duckdb:" + db, readOnly)) {
            return false;
        } catch (SQLException e) {
            return String.valueOf(e.getMessage()).contains("lock");
        }
    }
}
