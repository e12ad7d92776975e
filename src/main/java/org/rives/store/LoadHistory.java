package org.rives.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The load log as the server and the report read it: the reports of past loads, newest first. It
 * borrows its own read connection for each question, so that no caller handles JDBC.
 */
public final class LoadHistory {

    private final Database database;
    private final LoadLog log;

    public LoadHistory(Database database, LoadLog log) {
        this.database = database;
        this.log = log;
    }

    /** Loads, newest first, at most {@code limit}; of one source when {@code source} is not null. */
    public List<LoadReport> recent(String source, int limit) {
        return read("cannot read loads", () -> {
            try (Database.ReadConnection read = database.read()) {
                return log.list(read.connection(), source, limit);
            }
        });
    }

    /** The report of one load. */
    public Optional<LoadReport> find(int id) {
        return read("cannot read load " + id, () -> {
            try (Database.ReadConnection read = database.read()) {
                return log.find(read.connection(), id);
            }
        });
    }

    /** The latest load of a source, whatever its outcome. */
    public Optional<LoadReport> last(String source) {
        return recent(source, 1).stream().findFirst();
    }

    /** Whether no load was ever recorded: a new store. */
    public boolean isEmpty() {
        return recent(null, 1).isEmpty();
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    private static <T> T read(String what, Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new StoreException(what + ": " + e.getMessage(), e);
        }
    }
}
