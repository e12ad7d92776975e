package org.rives.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs reads in one DuckDB transaction, so that they all see the same snapshot of the store: a load
 * committing meanwhile cannot slip between the export's files and its manifest.
 */
final class Snapshot {

    private Snapshot() {
    }

    /** Work that reads the store. */
    @FunctionalInterface
    interface Reads<T> {
        T run() throws SQLException, IOException;
    }

    static <T> T read(Connection connection, Reads<T> work) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
