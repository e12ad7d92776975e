package org.rives.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.rives.harmonise.Rejection;

/** The record of every load: its report, kept in the store beside the figures it produced. */
public final class LoadLog {

    private static final String COLUMNS = "load_id, source, file_name, sha256, bytes, status, started_at, "
            + "finished_at, duration_ms, rows_read, cells_read, observations, missing_cells, excluded, filtered, "
            + "rejected, obs_new, obs_revised, obs_withdrawn, obs_unchanged, previous_load, message, warnings";

    int nextId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT coalesce(max(load_id), 0) + 1 FROM load")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * A committed load of some bytes: what it read them with, and whether every figure it brought is still
     * current (if not, a later load revised or withdrew some).
     */
    record EarlierReading(int loadId, DefinitionHash definition, boolean allCurrent) {
    }

    /** The latest committed load of this source that read the bytes of SHA-256 {@code sha}, if any. */
    Optional<EarlierReading> lastReadingOf(Connection connection, String source, String sha) throws SQLException {
        String sql = """
                SELECT l.load_id, l.definition_hash, l.catalogue_hash,
                       NOT EXISTS (SELECT 1 FROM observation o
                                   WHERE o.load_id = l.load_id AND o.superseded_by IS NOT NULL)
                FROM load l
                WHERE l.source = ? AND l.sha256 = ? AND l.status = 'committed'
                ORDER BY l.load_id DESC LIMIT 1""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, source);
            statement.setString(2, sha);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(new EarlierReading(rs.getInt(1),
                        new DefinitionHash(rs.getString(2), rs.getString(3)), rs.getBoolean(4))) : Optional.empty();
            }
        }
    }

    /**
     * Writes the report (giving it an id if it has none), what the file was read with, and the report's
     * rejections; returns the report with its id.
     */
    LoadReport record(DuckDBConnection connection, LoadReport report, DefinitionHash definition) throws SQLException {
        int id = report.loadId() != null ? report.loadId() : nextId(connection);
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO load (" + COLUMNS
                + ", definition_hash, catalogue_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            statement.setInt(i++, id);
            statement.setString(i++, report.source());
            statement.setString(i++, report.file());
            statement.setString(i++, report.sha256());
            statement.setLong(i++, report.bytes());
            statement.setString(i++, report.status());
            statement.setTimestamp(i++, Timestamp.from(report.startedAt()));
            statement.setTimestamp(i++, Timestamp.from(report.startedAt().plusMillis(report.durationMs())));
            statement.setLong(i++, report.durationMs());
            statement.setLong(i++, report.rowsRead());
            statement.setLong(i++, report.cellsRead());
            statement.setLong(i++, report.observations());
            statement.setLong(i++, report.missingCells());
            statement.setLong(i++, report.excluded());
            statement.setLong(i++, report.filtered());
            statement.setLong(i++, report.rejected());
            statement.setLong(i++, report.changes().added());
            statement.setLong(i++, report.changes().revised());
            statement.setLong(i++, report.changes().withdrawn());
            statement.setLong(i++, report.changes().unchanged());
            statement.setObject(i++, report.previousLoad());
            statement.setString(i++, report.message());
            statement.setArray(i++, connection.createArrayOf("VARCHAR", report.warnings().toArray()));
            statement.setString(i++, definition.connector());
            statement.setString(i, definition.catalogue());
            statement.executeUpdate();
        }
        try (DuckDBAppender appender = connection.createAppender("rejection")) {
            for (Rejection rejection : report.rejections()) {
                appender.beginRow().append(id).append(rejection.file()).append(rejection.line())
                        .append(rejection.column()).append(rejection.reason()).endRow();
            }
        }
        return new LoadReport(id, report.source(), report.file(), report.sha256(), report.bytes(), report.status(),
                report.dryRun(), report.startedAt(), report.durationMs(), report.rowsRead(), report.cellsRead(),
                report.observations(), report.missingCells(), report.excluded(), report.filtered(), report.rejected(),
                report.changes(), report.previousLoad(), report.message(), report.warnings(), report.rejections());
    }

    public Optional<LoadReport> find(Connection connection, int id) throws SQLException {
        List<LoadReport> found = query(connection, "WHERE load_id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Loads, newest first; of one source when {@code source} is not null. */
    public List<LoadReport> list(Connection connection, String source, int limit) throws SQLException {
        return source == null ? query(connection, "ORDER BY load_id DESC LIMIT " + limit)
                : query(connection, "WHERE source = ? ORDER BY load_id DESC LIMIT " + limit, source);
    }

    private List<LoadReport> query(Connection connection, String where, Object... parameters) throws SQLException {
        List<LoadReport> reports = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM load " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reports.add(read(connection, rs));
                }
            }
        }
        return reports;
    }

    private static LoadReport read(Connection connection, ResultSet rs) throws SQLException {
        int id = rs.getInt("load_id");
        Instant started = rs.getTimestamp("started_at").toInstant();
        Integer previous = (Integer) rs.getObject("previous_load");
        List<String> warnings = new ArrayList<>();
        Array array = rs.getArray("warnings");
        if (array != null) {
            for (Object warning : (Object[]) array.getArray()) {
                warnings.add(String.valueOf(warning));
            }
        }
        return new LoadReport(id, rs.getString("source"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getLong("bytes"), rs.getString("status"), false, started, rs.getLong("duration_ms"),
                rs.getLong("rows_read"), rs.getLong("cells_read"), rs.getLong("observations"),
                rs.getLong("missing_cells"), rs.getLong("excluded"), rs.getLong("filtered"), rs.getLong("rejected"),
                new LoadReport.Changes(rs.getLong("obs_new"), rs.getLong("obs_revised"), rs.getLong("obs_withdrawn"),
                        rs.getLong("obs_unchanged")),
                previous, rs.getString("message"), warnings, rejections(connection, id));
    }

    private static List<Rejection> rejections(Connection connection, int id) throws SQLException {
        List<Rejection> rejections = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT file, line, col, reason FROM rejection WHERE load_id = ? ORDER BY line, col")) {
            statement.setInt(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rejections.add(new Rejection(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4)));
                }
            }
        }
        return rejections;
    }
}
