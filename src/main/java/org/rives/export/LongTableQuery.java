package org.rives.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.rives.store.ObservationFilter;
import org.rives.store.ObservationWhere;

/**
 * The harmonised long table as an export gives it: the series key, the period, the value with its unit,
 * status and flags, and the load (and source line) each figure came from. Read through the vintage asked
 * for, with the API's own clause ({@link ObservationWhere}): the current figures, or with {@code asOf} the
 * figures committed before that instant that had not been superseded by then.
 *
 * @param sql   a SELECT, in series-key then period order
 * @param where the filter's clause, whose parameters the SELECT takes
 */
record LongTableQuery(String sql, ObservationWhere where) {

    /** The columns, in order; {@code superseded_by} is left out: an export is one vintage, not the history. */
    static final String COLUMNS = "source, indicator, ref_area, counterpart_area, sex, age, breakdown, freq, "
            + "time_period, obs_value, unit, unit_mult, obs_status, obs_flags, load_id, src_line";

    private static final String ORDER = " ORDER BY indicator, ref_area, counterpart_area, sex, age, breakdown, freq, "
            + "source, time_period";

    static LongTableQuery of(ObservationFilter filter) {
        ObservationWhere where = ObservationWhere.of(filter);
        String sql = "SELECT " + COLUMNS + " FROM observation_long " + where.sql() + ORDER;
        return new LongTableQuery(sql, where);
    }

    /** The same rows with their {@code year} (the period's first four digits), the export's second partition. */
    LongTableQuery withYear() {
        return new LongTableQuery("SELECT *, TRY_CAST(left(time_period, 4) AS INTEGER) AS year FROM (" + sql + ")",
                where);
    }

    /** {@code COPY (this query) TO target (options)}, prepared with the query's parameters. */
    PreparedStatement copyTo(Connection connection, java.nio.file.Path target, String options) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("COPY (" + sql + ") TO " + literal(target.toString())
                + " (" + options + ")");
        where.bind(statement);
        return statement;
    }

    /** {@code SELECT count(*)} of this query, prepared. */
    PreparedStatement count(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM (" + sql + ")");
        where.bind(statement);
        return statement;
    }

    /** A SQL string literal; DuckDB takes no backslash escapes, so doubling the quote is the whole job. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
