package org.rives.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.duckdb.DuckDBConnection;

/**
 * The embedded DuckDB file. One root connection is opened per process; readers borrow duplicates of
 * it from a small pool (duplicates share the database, so they see every commit), and the single
 * writer takes the root under a lock. The pool keeps {@code readers} connections: with all of them in use a
 * reader waits for one to come back (up to {@link #OVERFLOW_AFTER}), then gets a connection of its own that is
 * closed after use, so that a few long downloads never stall the API. A pooled connection keeps the statements
 * prepared on it ({@link ReadConnection#prepared}). DuckDB allows one writing process per file: a second
 * process on the same file is refused with a clear message.
 */
public final class Database implements AutoCloseable {

    /** How long a reader waits for a pooled connection before it opens one of its own. */
    static final Duration OVERFLOW_AFTER = Duration.ofMillis(500);
    /** A size as DuckDB reads it for {@code memory_limit}. */
    private static final Pattern MEMORY_SIZE = Pattern.compile("\\d+(\\.\\d+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)",
            Pattern.CASE_INSENSITIVE);

    private final Path file;
    private final DuckDBConnection root;
    private final int readers;
    private final BlockingQueue<PooledReader> idle;
    private final AtomicInteger open = new AtomicInteger();
    private final Object writeLock = new Object();
    /** Set once {@link #close} began: a connection handed back after it is closed, never pooled again. */
    private volatile boolean closing;

    public Database(Path file, int readers) {
        this(file, readers, null);
    }

    /**
     * @param memoryLimit the most memory DuckDB may hold ({@code memory_limit}: {@code 1GB}, {@code 512MB}); beyond
     *                    it, sorts and joins spill to a temporary folder beside the file. Null keeps DuckDB's
     *                    default, 80 % of the machine's memory, which a long-running server fills with cached
     *                    blocks and never gives back
     */
    public Database(Path file, int readers, String memoryLimit) {
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
        if (memoryLimit != null) {
            limitMemory(memoryLimit);
        }
        this.readers = Math.max(1, readers);
        this.idle = new ArrayBlockingQueue<>(this.readers);
        new SchemaMigrator().migrate(root);
    }

    public Path file() {
        return file;
    }

    /** Whether a text is a size DuckDB takes for {@code memory_limit}, such as {@code 1GB} or {@code 512MB}. */
    public static boolean isMemorySize(String text) {
        return MEMORY_SIZE.matcher(text).matches();
    }

    private void limitMemory(String limit) {
        if (!isMemorySize(limit)) {
            throw new IllegalArgumentException("the store's memory limit \"" + limit + "\" is not a size such as 1GB "
                    + "or 512MB");
        }
        try (Statement statement = root.createStatement()) {
            statement.execute("SET memory_limit = '" + limit + "'");
        } catch (SQLException e) {
            throw new StoreException("DuckDB refuses the memory limit " + limit + ": " + e.getMessage(), e);
        }
    }

    /**
     * The memory DuckDB holds now by its own accounting (cached blocks of the file, hash tables, sorts), outside
     * the Java heap: what the process' resident memory has beyond the JVM's.
     */
    public long nativeMemoryBytes() {
        try (ReadConnection read = read();
             Statement statement = read.connection().createStatement();
             ResultSet rs = statement.executeQuery("SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory()")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot read DuckDB's memory use: " + e.getMessage(), e);
        }
    }

    /** A read connection; closing the returned handle gives it back to the pool. */
    public ReadConnection read() {
        try {
            PooledReader reader = usable(idle.poll());
            if (reader == null && open.get() >= readers) {
                reader = usable(idle.poll(OVERFLOW_AFTER.toMillis(), TimeUnit.MILLISECONDS));
            }
            return new ReadConnection(reader == null ? openReader() : reader, this);
        } catch (SQLException e) {
            throw new StoreException("cannot open a read connection", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a read connection", e);
        }
    }

    /** The reader, or null when there is none or it was closed (then it no longer counts as open). */
    private PooledReader usable(PooledReader reader) throws SQLException {
        if (reader != null && reader.isClosed()) {
            open.decrementAndGet();
            return null;
        }
        return reader;
    }

    private PooledReader openReader() throws SQLException {
        DuckDBConnection connection = root.duplicate();
        // A duplicate copies the root's auto-commit: made while a load holds the root in a transaction,
        // it would read that moment's snapshot for ever.
        connection.setAutoCommit(true);
        open.incrementAndGet();
        return new PooledReader(connection);
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
        private final PooledReader reader;
        private final Database owner;
        private final AtomicBoolean returned = new AtomicBoolean();

        ReadConnection(PooledReader reader, Database owner) {
            this.reader = reader;
            this.owner = owner;
        }

        public Connection connection() {
            return reader.connection();
        }

        /**
         * A statement prepared on this connection, kept with it for the next borrower that runs the same
         * SQL; its parameters are cleared. The caller binds it and closes its result sets, not the statement.
         */
        public PreparedStatement prepared(String sql) throws SQLException {
            return reader.statement(sql);
        }

        /** Drops the kept statement of this SQL, after it failed, so that the next use prepares it afresh. */
        public void forget(String sql) {
            reader.forget(sql);
        }

        /**
         * Gives the connection back to the pool, once: a second close does nothing (pooling it twice would lend
         * one connection to two readers at once). After the database is closed, the connection is closed.
         */
        @Override
        public void close() {
            if (!returned.compareAndSet(false, true)) {
                return;
            }
            if (owner.closing || !owner.idle.offer(reader)) {
                owner.open.decrementAndGet();
                try {
                    reader.close();
                } catch (SQLException ignored) {
                    // a connection that cannot close cleanly is dropped either way
                }
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        PooledReader reader;
        while ((reader = idle.poll()) != null) {
            try {
                reader.close();
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
