package org.rives.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.rives.connector.fetch.Validators;

/**
 * What the last fetch of each file of a pull connector learnt, kept in {@code fetch_state}: one row per file,
 * keyed by the connector id when its remote has one URL, {@code id#n} for the n-th of several.
 */
final class FetchStateLog {

    /** The row of one connector. */
    record State(String url, Validators validators, Instant checkedAt, Instant fetchedAt, String status,
                 String message, String sha256) {
    }

    Optional<State> find(Connection connection, String connector) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT url, etag, last_modified, checked_at, "
                + "fetched_at, status, message, sha256 FROM fetch_state WHERE connector = ?")) {
            statement.setString(1, connector);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new State(rs.getString(1), new Validators(rs.getString(2), rs.getString(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), rs.getString(6), rs.getString(7),
                        rs.getString(8)));
            }
        }
    }

    void save(Connection connection, String connector, State state) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT OR REPLACE INTO fetch_state (connector, "
                + "url, etag, last_modified, checked_at, fetched_at, status, message, sha256) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, connector);
            statement.setString(2, state.url());
            statement.setString(3, state.validators().etag());
            statement.setString(4, state.validators().lastModified());
            statement.setTimestamp(5, timestamp(state.checkedAt()));
            statement.setTimestamp(6, timestamp(state.fetchedAt()));
            statement.setString(7, state.status());
            statement.setString(8, state.message());
            statement.setString(9, state.sha256());
            statement.executeUpdate();
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
