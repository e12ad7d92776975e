package org.rives.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.duckdb.DuckDBConnection;

/**
 * The embedded DuckDB file. One root connection is opened per process; readers borrow duplicates of
 * it from a small pool (duplicates share the database, so they see every commit), and the single
 * writer takes the root under a lock. DuckDB allows one writing process per file: a second process on
 * the same file is refused with a clear message.
 */
public final class Database implements AutoCloseable {

    private final Path file;
    private final DuckDBConnection root;
    private final BlockingQueue<DuckDBConnection> idle;
    private final Object writeLock = new Object();

    public Database(Path file, int readers) {
        this.file = file;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file);
        } catch (SQLException e) {
            throw new StoreException("cannot open the DuckDB file " + file + ": " + e.getMessage()
                    + " (is another Rives process using it?)", e);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of " + file, e);
        }
        this.idle = new ArrayBlockingQueue<>(Math.max(1, readers));
        new SchemaMigrator().migrate(root);
    }

    public Path file() {
        return file;
    }

    /** A read connection; closing the returned handle gives it back to the pool. */
    public ReadConnection read() {
        DuckDBConnection connection = idle.poll();
        try {
            if (connection == null || connection.isClosed()) {
                connection = root.duplicate();
                // A duplicate copies the root's auto-commit: made while a load holds the root in a transaction,
                // it would read that moment's snapshot for ever.
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open a read connection", e);
        }
        return new ReadConnection(connection, idle);
    }

    /** Runs work on the one write connection; loads are serialised here. */
    public <T> T write(WriteWork<T> work) throws SQLException {
        synchronized (writeLock) {
            return work.run(root);
        }
    }

    /** Work done on the write connection. */
    @FunctionalInterface
    public interface WriteWork<T> {
        T run(DuckDBConnection connection) throws SQLException;
    }

    /** A pooled read connection. */
    public static final class ReadConnection implements AutoCloseable {
        private final DuckDBConnection connection;
        private final BlockingQueue<DuckDBConnection> pool;

        ReadConnection(DuckDBConnection connection, BlockingQueue<DuckDBConnection> pool) {
            this.connection = connection;
            this.pool = pool;
        }

        public Connection connection() {
            return connection;
        }

        @Override
        public void close() {
            if (!pool.offer(connection)) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // a connection that cannot close cleanly is dropped either way
                }
            }
        }
    }

    @Override
    public void close() {
        DuckDBConnection connection;
        while ((connection = idle.poll()) != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing at shutdown: nothing left to do with it
            }
        }
        try {
            root.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + file, e);
        }
    }
}
