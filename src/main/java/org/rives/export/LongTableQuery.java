package org.rives.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.rives.store.ObservationFilter;

/**
 * The harmonised long table as an export gives it: the series key, the period, the value with its unit,
 * status and flags, and the load (and source line) each figure came from. Read through the vintage asked
 * for, with the rules of {@code store/ObservationQueries}: the current figures, or with {@code asOf} the
 * figures committed before that instant that had not been superseded by then.
 *
 * @param sql        a SELECT, in series-key then period order
 * @param parameters its positional parameters
 */
record LongTableQuery(String sql, List<Object> parameters) {

    /** The columns, in order; {@code superseded_by} is left out: an export is one vintage, not the history. */
    static final String COLUMNS = "source, indicator, ref_area, counterpart_area, sex, age, breakdown, freq, "
            + "time_period, obs_value, unit, unit_mult, obs_status, obs_flags, load_id, src_line";

    private static final String ORDER = " ORDER BY indicator, ref_area, counterpart_area, sex, age, breakdown, freq, "
            + "source, time_period";

    /** Committed in load-id order by the one writer: "committed before T" is "id at most the last one before T". */
    static final String LAST_LOAD_BEFORE =
            "(SELECT coalesce(max(load_id), 0) FROM load WHERE status = 'committed' AND finished_at < ?)";

    static LongTableQuery of(ObservationFilter filter) {
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
            parameters.add(filter.to() + "\uffff"); // 2023 takes in 2023-Q4 and 2023-12
        }
        if (filter.asOf() == null) {
            clauses.add("superseded_by IS NULL");
        } else {
            clauses.add("load_id <= " + LAST_LOAD_BEFORE + " AND (superseded_by IS NULL OR superseded_by > "
                    + LAST_LOAD_BEFORE + ")");
            parameters.add(Timestamp.from(filter.asOf()));
            parameters.add(Timestamp.from(filter.asOf()));
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        return new LongTableQuery("SELECT " + COLUMNS + " FROM observation_long" + where + ORDER, parameters);
    }

    /** The same rows with their {@code year} (the period's first four digits), the export's second partition. */
    LongTableQuery withYear() {
        return new LongTableQuery("SELECT *, TRY_CAST(left(time_period, 4) AS INTEGER) AS year FROM (" + sql + ")",
                parameters);
    }

    /** {@code COPY (this query) TO target (options)}, prepared with the query's parameters. */
    PreparedStatement copyTo(Connection connection, java.nio.file.Path target, String options) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("COPY (" + sql + ") TO " + literal(target.toString())
                + " (" + options + ")");
        bind(statement);
        return statement;
    }

    /** {@code SELECT count(*)} of this query, prepared. */
    PreparedStatement count(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM (" + sql + ")");
        bind(statement);
        return statement;
    }

    private void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** A SQL string literal; DuckDB takes no backslash escapes, so doubling the quote is the whole job. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static void equal(List<String> clauses, List<Object> parameters, String column, String value) {
        if (value != null) {
            clauses.add(column + " = ?");
            parameters.add(value);
        }
    }
}
