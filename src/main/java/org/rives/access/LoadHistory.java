package org.rives.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.rives.store.LoadReport;

/**
 * The list of loads, a page at a time, each with who made it: counts and status, never the
 * rejections themselves (a load's full report is one request away, at {@code /api/loads/{id}}), so that
 * the list stays small however many rejections the loads met.
 */
public final class LoadHistory {

    /** Who made a load, from the audit: absent for the server's own loads (samples, scheduled fetches). */
    public record LoadedBy(String token, String provider, String channel, Instant at) {
    }

    /** A load as the list gives it. */
    public record Summary(int loadId, String source, String file, String sha256, long bytes, String status,
                          Instant startedAt, long durationMs, long rowsRead, long observations, long rejected,
                          long warningCount, LoadReport.Changes changes, Integer previousLoad, String message,
                          LoadedBy loadedBy, String report) {
    }

    /** A page of loads, newest first. */
    public record Page(long total, int page, int size, List<Summary> items) {
    }

    private static final String WHO = " " + """
            LEFT JOIN (SELECT DISTINCT ON (load_id) load_id, token_id, provider, channel, recorded_at FROM audit
                       WHERE load_id IS NOT NULL ORDER BY load_id, audit_id) a ON a.load_id = l.load_id""";

    public Page page(Connection connection, String source, int page, int size) throws SQLException {
        String where = source == null ? "" : " WHERE l.source = ?";
        return new Page(Rows.count(connection, "SELECT count(*) FROM load l" + where, source), page, size,
                Rows.list(connection, """
                        SELECT l.load_id, l.source, l.file_name, l.sha256, l.bytes, l.status, l.started_at,
                               l.duration_ms, l.rows_read, l.observations, l.rejected,
                               coalesce(len(l.warnings), 0) AS warning_count, l.obs_new, l.obs_revised,
                               l.obs_withdrawn, l.obs_unchanged, l.previous_load, l.message,
                               a.token_id, a.provider, a.channel, a.recorded_at
                        FROM load l""" + WHO + where + " ORDER BY l.load_id DESC" + Rows.page(page, size), source,
                        LoadHistory::summary));
    }

    /** Who made one load, if a token or the command line did. */
    public Optional<LoadedBy> loadedBy(Connection connection, int loadId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT a.token_id, a.provider, a.channel, a.recorded_at "
                + "FROM (SELECT ? AS load_id) l" + WHO)) {
            select.setInt(1, loadId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.ofNullable(who(rs)) : Optional.empty();
            }
        }
    }

    private static Summary summary(ResultSet rs) throws SQLException {
        int id = rs.getInt("load_id");
        return new Summary(id, rs.getString("source"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getLong("bytes"), rs.getString("status"), rs.getTimestamp("started_at").toInstant(),
                rs.getLong("duration_ms"), rs.getLong("rows_read"), rs.getLong("observations"), rs.getLong("rejected"),
                rs.getLong("warning_count"), new LoadReport.Changes(rs.getLong("obs_new"), rs.getLong("obs_revised"),
                        rs.getLong("obs_withdrawn"), rs.getLong("obs_unchanged")),
                (Integer) rs.getObject("previous_load"), rs.getString("message"), who(rs), "/api/loads/" + id);
    }

    private static LoadedBy who(ResultSet rs) throws SQLException {
        String channel = rs.getString("channel");
        return channel == null ? null : new LoadedBy(rs.getString("token_id"), rs.getString("provider"), channel,
                rs.getTimestamp("recorded_at").toInstant());
    }
}
