package org.rives.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The history of figures across loads: every vintage of one figure, and what changed between two
 * dates. Both read the observation table's vintages (load_id, superseded_by) joined to the load log.
 */
public final class RevisionQueries {

    private static final String KEY = "o.source, o.indicator, o.ref_area, o.counterpart_area, o.sex, o.age, "
            + "o.breakdown, o.freq, o.time_period";

    private final Database database;

    public RevisionQueries(Database database) {
        this.database = database;
    }

    /** Which figure: null partner, source, sex, age or breakdown mean any. */
    public record Figure(String indicator, String area, String period, String partner, String source, String sex,
                         String age, String breakdown) {
    }

    /** Every vintage of the figure committed before {@code asOf} (all of them when null), oldest first. */
    public List<Vintage> vintages(Figure figure, Instant asOf) {
        StringBuilder sql = new StringBuilder("SELECT " + KEY + ", o.obs_value, o.unit, o.unit_mult, o.obs_status, "
                + "o.obs_flags, o.load_id, l.finished_at, l.file_name, o.superseded_by, s.finished_at "
                + "FROM observation_long o JOIN load l ON l.load_id = o.load_id "
                + "LEFT JOIN load s ON s.load_id = o.superseded_by "
                + "WHERE o.indicator = ? AND o.ref_area = ? AND o.time_period = ?");
        List<Object> parameters = new ArrayList<>(List.of(figure.indicator(), figure.area(), figure.period()));
        optional(sql, parameters, "o.counterpart_area", figure.partner());
        optional(sql, parameters, "o.source", figure.source());
        optional(sql, parameters, "o.sex", figure.sex());
        optional(sql, parameters, "o.age", figure.age());
        optional(sql, parameters, "o.breakdown", figure.breakdown());
        if (asOf != null) {
            sql.append(" AND l.finished_at < ?");
            parameters.add(Timestamp.from(asOf));
        }
        sql.append(" ORDER BY o.source, o.counterpart_area, o.sex, o.age, o.breakdown, o.freq, o.load_id");
        List<Vintage> vintages = new ArrayList<>();
        try (Database.ReadConnection read = database.read();
             PreparedStatement statement = prepare(read, sql.toString(), parameters);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                vintages.add(vintage(rs, asOf));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the vintages of a figure: " + e.getMessage(), e);
        }
        return vintages;
    }

    /** A vintage superseded after {@code asOf} was still current then, so it is shown as current. */
    private static Vintage vintage(ResultSet rs, Instant asOf) throws SQLException {
        Instant supersededAt = instant(rs.getTimestamp(19));
        boolean laterThanAsked = asOf != null && supersededAt != null && !supersededAt.isBefore(asOf);
        return new Vintage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getDouble(10),
                rs.getString(11), rs.getInt(12), rs.getString(13), rs.getString(14), rs.getInt(15),
                instant(rs.getTimestamp(16)), rs.getString(17), laterThanAsked ? null : (Integer) rs.getObject(18),
                laterThanAsked ? null : supersededAt);
    }

    /**
     * What loads committed in [since, until) did to the figures: new, revised and withdrawn, in load
     * order. {@code until} null means now; {@code indicator} and {@code source} null mean any.
     */
    public List<Change> changes(Instant since, Instant until, String indicator, String source, int limit) {
        String window = "WITH w AS (SELECT load_id, finished_at FROM load WHERE status = 'committed' "
                + "AND finished_at >= ?" + (until == null ? "" : " AND finished_at < ?") + ") ";
        String filters = (indicator == null ? "" : " AND o.indicator = ?")
                + (source == null ? "" : " AND o.source = ?");
        String sql = window
                + "SELECT CASE WHEN p.series_id IS NULL THEN 'NEW' ELSE 'REVISED' END, " + KEY + ", o.obs_value, "
                + "p.obs_value, o.unit, o.unit_mult, o.obs_status, o.load_id, w.finished_at "
                + "FROM observation_long o JOIN w ON w.load_id = o.load_id "
                + "LEFT JOIN observation_long p ON p.series_id = o.series_id AND p.time_period = o.time_period "
                + "AND p.superseded_by = o.load_id WHERE true" + filters
                + " UNION ALL SELECT 'WITHDRAWN', " + KEY + ", NULL, o.obs_value, o.unit, o.unit_mult, o.obs_status, "
                + "o.superseded_by, w.finished_at FROM observation_long o JOIN w ON w.load_id = o.superseded_by "
                + "WHERE NOT EXISTS (SELECT 1 FROM observation n WHERE n.series_id = o.series_id "
                + "AND n.time_period = o.time_period AND n.load_id = o.superseded_by)" + filters
                + " ORDER BY 17, 3, 4, 5, 6, 7, 8, 9, 10, 2 LIMIT " + limit;
        List<Object> parameters = new ArrayList<>();
        parameters.add(Timestamp.from(since));
        if (until != null) {
            parameters.add(Timestamp.from(until));
        }
        for (int i = 0; i < 2; i++) {
            if (indicator != null) {
                parameters.add(indicator);
            }
            if (source != null) {
                parameters.add(source);
            }
        }
        return changes(sql, parameters);
    }

    private List<Change> changes(String sql, List<Object> parameters) {
        List<Change> changes = new ArrayList<>();
        try (Database.ReadConnection read = database.read();
             PreparedStatement statement = prepare(read, sql, parameters);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                changes.add(new Change(Change.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), (Double) rs.getObject(11), (Double) rs.getObject(12),
                        rs.getString(13), rs.getInt(14), rs.getString(15), rs.getInt(16),
                        instant(rs.getTimestamp(17))));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list changes: " + e.getMessage(), e);
        }
        return changes;
    }

    private static void optional(StringBuilder sql, List<Object> parameters, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private static PreparedStatement prepare(Database.ReadConnection read, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = read.connection().prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
