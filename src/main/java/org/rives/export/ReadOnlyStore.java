package org.rives.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.rives.store.StoreException;

/**
 * The store opened read-only, for commands that only read it. DuckDB lets a file be open in one process
 * while that process may write it: a running server keeps it so, and then even a read-only open from
 * another process is refused. That case gets a message of its own saying what to do instead.
 */
public final class ReadOnlyStore {

    private ReadOnlyStore() {
    }

    public static Connection open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no Rives store at " + file + " (give --db FILE)");
        }
        Properties settings = new Properties();
        settings.setProperty("duckdb.read_only", "true");
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), settings);
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("Conflicting lock")) {
                throw new StoreException(file + " is held by a running Rives server (DuckDB lets one process open "
                        + "a file it writes): stop the server to export, or download from it "
                        + "GET /api/observations.parquet", e);
            }
            throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }
}
