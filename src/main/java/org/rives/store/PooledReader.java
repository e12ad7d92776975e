package org.rives.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.duckdb.DuckDBConnection;

/**
 * A read connection of the pool and the statements prepared on it. DuckDB parses, binds and plans a
 * statement when it is prepared, which for the API's reads over {@code observation_long} costs about a
 * sixth of running it: the statements a connection has run are kept with it and run again with new
 * parameters. At most {@link #MAX_STATEMENTS} are kept, least recently used dropped first; they close with
 * the connection. DuckDB binds a kept statement again by itself when the tables it reads change.
 */
final class PooledReader {

    static final int MAX_STATEMENTS = 32;

    private final DuckDBConnection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true);

    PooledReader(DuckDBConnection connection) {
        this.connection = connection;
    }

    DuckDBConnection connection() {
        return connection;
    }

    boolean isClosed() throws SQLException {
        return connection.isClosed();
    }

    /** The statement for this SQL, prepared now or kept from an earlier use, with no parameter bound. */
    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement != null && !statement.isClosed()) {
            statement.clearParameters();
            return statement;
        }
        statement = connection.prepareStatement(sql);
        statements.put(sql, statement);
        dropEldestBeyondBound();
        return statement;
    }

    /** Drops a kept statement (one that failed): the next use prepares it afresh. */
    void forget(String sql) {
        closeQuietly(statements.remove(sql));
    }

    void close() throws SQLException {
        statements.values().forEach(PooledReader::closeQuietly);
        statements.clear();
        connection.close();
    }

    private void dropEldestBeyondBound() {
        Iterator<PreparedStatement> eldest = statements.values().iterator();
        while (statements.size() > MAX_STATEMENTS && eldest.hasNext()) {
            closeQuietly(eldest.next());
            eldest.remove();
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        if (statement == null) {
            return;
        }
        try {
            statement.close();
        } catch (SQLException ignored) {
            // a statement that cannot close cleanly is dropped either way
        }
    }
}
