package org.rives.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads of the harmonised observations, always through the vintage a caller asks for. */
public final class ObservationQueries {

    private static final String SELECT = "SELECT source, indicator, ref_area, counterpart_area, sex, age, breakdown, "
            + "freq, time_period, obs_value, unit, unit_mult, obs_status, obs_flags, load_id, superseded_by, src_line "
            + "FROM observation_long ";
    private static final String ORDER = " ORDER BY indicator, ref_area, counterpart_area, sex, age, breakdown, freq, "
            + "source, time_period";

    private final Database database;

    public ObservationQueries(Database database) {
        this.database = database;
    }

    public List<ObservationRow> find(ObservationFilter filter, long offset, int limit) {
        List<ObservationRow> rows = new ArrayList<>();
        forEach(filter, offset, limit, rows::add);
        return rows;
    }

    /**
     * Hands every observation matching the filter to {@code each}, in the table's order, as it is read:
     * {@code size=all} writes them out without holding them. The read connection is held until the
     * last one is handed over.
     */
    public void forEach(ObservationFilter filter, Consumer<ObservationRow> each) {
        forEach(filter, 0, -1, each);
    }

    private void forEach(ObservationFilter filter, long offset, int limit, Consumer<ObservationRow> each) {
        ObservationWhere where = ObservationWhere.of(filter);
        String sql = SELECT + where.sql() + ORDER + (limit < 0 ? "" : " LIMIT " + limit + " OFFSET " + offset);
        query(sql, where, "cannot read observations: ", rs -> {
            while (rs.next()) {
                each.accept(row(rs));
            }
            return null;
        });
    }

    private static ObservationRow row(ResultSet rs) throws SQLException {
        return new ObservationRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getDouble(10), rs.getString(11), rs.getInt(12), rs.getString(13), rs.getString(14),
                rs.getInt(15), (Integer) rs.getObject(16), rs.getLong(17));
    }

    public long count(ObservationFilter filter) {
        ObservationWhere where = ObservationWhere.of(filter);
        return query("SELECT count(*) FROM observation_long " + where.sql(), where, "cannot count observations: ",
                rs -> {
                    rs.next();
                    return rs.getLong(1);
                });
    }

    /** Current observation count per source. */
    public Map<String, Long> countsBySource() {
        return query("SELECT s.source, count(*) FROM observation o JOIN series s USING (series_id) "
                + "WHERE o.superseded_by IS NULL GROUP BY s.source ORDER BY 1", new ObservationWhere("", List.of()),
                "cannot count observations: ", rs -> {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                    return counts;
                });
    }

    /** The partners (counterpart areas) that observations matching the filter have, by frequency of use. */
    public List<String> partners(ObservationFilter filter) {
        ObservationWhere where = ObservationWhere.of(new ObservationFilter(filter.indicator(), filter.areas(), null,
                filter.sex(), filter.age(), filter.breakdown(), filter.freq(), filter.from(), filter.to(),
                filter.source(), filter.asOf()));
        String sql = "SELECT counterpart_area FROM observation_long " + where.sql()
                + " GROUP BY 1 ORDER BY count(*) DESC, 1";
        return query(sql, where, "cannot list partners: ", rs -> {
            List<String> partners = new ArrayList<>();
            while (rs.next()) {
                partners.add(rs.getString(1));
            }
            return partners;
        });
    }

    /**
     * Runs a read on a pooled connection with the statement kept for its SQL (see
     * {@link Database.ReadConnection#prepared}) and hands the result to {@code rows}; a statement that fails is
     * dropped rather than kept.
     */
    private <T> T query(String sql, ObservationWhere where, String failure, ResultReader<T> rows) {
        try (Database.ReadConnection read = database.read()) {
            try {
                PreparedStatement statement = read.prepared(sql);
                where.bind(statement);
                try (ResultSet rs = statement.executeQuery()) {
                    return rows.read(rs);
                }
            } catch (SQLException e) {
                read.forget(sql);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(failure + e.getMessage(), e);
        }
    }

    /** What a read makes of its result set. */
    @FunctionalInterface
    private interface ResultReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
