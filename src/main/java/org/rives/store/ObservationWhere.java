package org.rives.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of an {@link ObservationFilter} over {@code observation_long}, with its positional
 * parameters: the one place that says what a vintage is, for the API's reads and for the exports alike.
 * Without {@code asOf} it reads the current figures; with it, the figures committed before that instant
 * that had not been superseded by then.
 *
 * @param sql        {@code WHERE ...}, or empty when nothing filters
 * @param parameters its positional parameters, in order
 */
public record ObservationWhere(String sql, List<Object> parameters) {

    /**
     * The last load committed before an instant (the one parameter). Load ids grow in commit order (one
     * writer), so "committed before T" is "id at most this one".
     */
    public static final String LAST_LOAD_BEFORE =
            "(SELECT coalesce(max(load_id), 0) FROM load WHERE status = 'committed' AND finished_at < ?)";

    public ObservationWhere {
        parameters = List.copyOf(parameters);
    }

    public static ObservationWhere of(ObservationFilter filter) {
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
        vintage(clauses, parameters, filter);
        return new ObservationWhere(clauses.isEmpty() ? "" : "WHERE " + String.join(" AND ", clauses), parameters);
    }

    /** Binds the parameters to a statement whose placeholders are this clause's, from the first on. */
    public void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static void vintage(List<String> clauses, List<Object> parameters, ObservationFilter filter) {
        if (filter.asOf() == null) {
            clauses.add("superseded_by IS NULL");
        } else {
            clauses.add("load_id <= " + LAST_LOAD_BEFORE + " AND (superseded_by IS NULL OR superseded_by > "
                    + LAST_LOAD_BEFORE + ")");
            Timestamp at = Timestamp.from(filter.asOf());
            parameters.add(at);
            parameters.add(at);
        }
    }

    private static void equal(List<String> clauses, List<Object> parameters, String column, String value) {
        if (value != null) {
            clauses.add(column + " = ?");
            parameters.add(value);
        }
    }
}
