package org.rives.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of the harmonised observations, always through the vintage a caller asks for. */
public final class ObservationQueries {

    private static final String SELECT = "SELECT source, indicator, ref_area, counterpart_area, sex, age, breakdown, "
            + "freq, time_period, obs_value, unit, unit_mult, obs_status, obs_flags, load_id, superseded_by, src_line "
            + "FROM observation_long ";

    private final Database database;

    public ObservationQueries(Database database) {
        this.database = database;
    }

    public List<ObservationRow> find(ObservationFilter filter, long offset, int limit) {
        Where where = where(filter);
        String sql = SELECT + where.sql + " ORDER BY indicator, ref_area, counterpart_area, sex, age, breakdown, freq, "
                + "source, time_period LIMIT " + limit + " OFFSET " + offset;
        return query(sql, where.parameters);
    }

    public long count(ObservationFilter filter) {
        Where where = where(filter);
        try (Database.ReadConnection read = database.read();
             PreparedStatement statement = prepare(read.connection(), "SELECT count(*) FROM observation_long "
                     + where.sql, where.parameters);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count observations: " + e.getMessage(), e);
        }
    }

    /** Current observation count per source. */
    public Map<String, Long> countsBySource() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Database.ReadConnection read = database.read();
             PreparedStatement statement = read.connection().prepareStatement("SELECT s.source, count(*) FROM observation o "
                     + "JOIN series s USING (series_id) WHERE o.superseded_by IS NULL GROUP BY s.source ORDER BY 1");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count observations: " + e.getMessage(), e);
        }
        return counts;
    }

    /** The partners (counterpart areas) that observations matching the filter have, by frequency of use. */
    public List<String> partners(ObservationFilter filter) {
        Where where = where(new ObservationFilter(filter.indicator(), filter.areas(), null, filter.sex(), filter.age(),
                filter.breakdown(), filter.freq(), filter.from(), filter.to(), filter.source(), filter.asOf()));
        List<String> partners = new ArrayList<>();
        try (Database.ReadConnection read = database.read();
             PreparedStatement statement = prepare(read.connection(), "SELECT counterpart_area FROM observation_long "
                     + where.sql + " GROUP BY 1 ORDER BY count(*) DESC, 1", where.parameters);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                partners.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list partners: " + e.getMessage(), e);
        }
        return partners;
    }

    private List<ObservationRow> query(String sql, List<Object> parameters) {
        List<ObservationRow> rows = new ArrayList<>();
        try (Database.ReadConnection read = database.read();
             PreparedStatement statement = prepare(read.connection(), sql, parameters);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(new ObservationRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getDouble(10), rs.getString(11), rs.getInt(12), rs.getString(13), rs.getString(14),
                        rs.getInt(15), (Integer) rs.getObject(16), rs.getLong(17)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read observations: " + e.getMessage(), e);
        }
        return rows;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private record Where(String sql, List<Object> parameters) {
    }

    private static Where where(ObservationFilter filter) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        equal(clauses, parameters, "indicator", filter.indicator());
        equal(clauses, parameters, "counterpart_area", filter.partner());
        equal(clauses, parameters, "sex", filter.sex());
        equal(clauses, parameters, "age", filter.age());
        equal(clauses, parameters, "breakdown", filter.breakdown());
        equal(clauses, parameters, "freq", filter.freq());
        equal(clauses, parameters, "source", filter.source());
        if (!filter.areas().isEmpty()) {
            clauses.add("ref_area IN (" + String.join(", ", filter.areas().stream().map(a -> "?").toList()) + ")");
            parameters.addAll(filter.areas());
        }
        if (filter.from() != null) {
            clauses.add("time_period >= ?");
            parameters.add(filter.from());
        }
        if (filter.to() != null) {
            clauses.add("time_period <= ?");
            parameters.add(filter.to() + "\uffff");
        }
        if (filter.asOf() == null) {
            clauses.add("superseded_by IS NULL");
        } else {
            // Load ids grow in commit order (one writer), so "committed before T" is "id <= the last one before T".
            String last = "(SELECT coalesce(max(load_id), 0) FROM load WHERE status = 'committed' AND finished_at < ?)";
            clauses.add("load_id <= " + last + " AND (superseded_by IS NULL OR superseded_by > " + last + ")");
            Timestamp at = Timestamp.from(filter.asOf());
            parameters.add(at);
            parameters.add(at);
        }
        return new Where(clauses.isEmpty() ? "" : "WHERE " + String.join(" AND ", clauses), parameters);
    }

    private static void equal(List<String> clauses, List<Object> parameters, String column, String value) {
        if (value != null) {
            clauses.add(column + " = ?");
            parameters.add(value);
        }
    }
}
