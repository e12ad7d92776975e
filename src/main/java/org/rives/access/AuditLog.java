package org.rives.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

import org.rives.store.Database;
import org.rives.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The audit table of the store, and the same entries as log lines (logger {@code org.rives.access.AuditLog}). */
public final class AuditLog {

    /** A page of entries, newest first. */
    public record Page(long total, int page, int size, List<AuditEntry> items) {
    }

    static final String SCRIPT = "db/V4__audit.sql";
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final String COLUMNS = "recorded_at, token_id, provider, channel, remote, action, connector, file_name, "
            + "sha256, bytes, result, load_id, detail";

    /**
     * Creates the audit table if the store has none. The script is also the store's migration V4; until
     * the schema migrator lists it, it is applied from here (it is written to be applied twice harmlessly).
     */
    public static void ensureTable(Database database) {
        try {
            String script = script();
            database.write(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(script);
                }
                return null;
            });
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot create the audit table: " + e.getMessage(), e);
        }
    }

    private static String script() throws IOException {
        try (InputStream in = AuditLog.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException("missing " + SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public void record(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO audit (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            statement.setTimestamp(i++, Timestamp.from(entry.at()));
            statement.setString(i++, entry.tokenId());
            statement.setString(i++, entry.provider());
            statement.setString(i++, entry.channel());
            statement.setString(i++, entry.remote());
            statement.setString(i++, entry.action());
            statement.setString(i++, entry.connector());
            statement.setString(i++, entry.fileName());
            statement.setString(i++, entry.sha256());
            statement.setObject(i++, entry.bytes(), Types.BIGINT);
            statement.setString(i++, entry.result());
            statement.setObject(i++, entry.loadId(), Types.INTEGER);
            statement.setString(i, entry.detail());
            statement.executeUpdate();
        }
        LOG.info(entry.logLine());
    }

    /** Entries newest first; of one provider when {@code provider} is not null. */
    public Page page(Connection connection, String provider, int page, int size) throws SQLException {
        String where = provider == null ? "" : " WHERE provider = ?";
        return new Page(Rows.count(connection, "SELECT count(*) FROM audit" + where, provider), page, size,
                Rows.list(connection, "SELECT audit_id, " + COLUMNS + " FROM audit" + where
                        + " ORDER BY audit_id DESC" + Rows.page(page, size), provider, AuditLog::read));
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("audit_id"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("token_id"),
                rs.getString("provider"), rs.getString("channel"), rs.getString("remote"), rs.getString("action"),
                rs.getString("connector"), rs.getString("file_name"), rs.getString("sha256"),
                (Long) rs.getObject("bytes"), rs.getString("result"), (Integer) rs.getObject("load_id"),
                rs.getString("detail"));
    }
}
