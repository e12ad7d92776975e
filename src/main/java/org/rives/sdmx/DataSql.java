package org.rives.sdmx;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The SQL of a data query over {@code observation_long}: the key, provider and flow as filters, the
 * period range as calendar overlap, the vintage rule of the data set, first/last N per series, and an
 * order that brings each series (or section) together so the answer can be written as it is read.
 */
final class DataSql {

    static final String COLUMNS = "series_id, freq, indicator, ref_area, counterpart_area, sex, age, breakdown, "
            + "source, unit, unit_mult, time_period, obs_value, obs_status, obs_flags";

    // First day of a period of the store (2022, 2022-S1, 2022-Q3, 2022-07, 2022-07-14) and its length.
    private static final String PERIOD_START = "(CASE WHEN length(time_period) = 4 "
            + "THEN make_date(TRY_CAST(time_period AS INTEGER), 1, 1) "
            + "WHEN substr(time_period, 6, 1) IN ('Q', 'S') "
            + "THEN make_date(TRY_CAST(substr(time_period, 1, 4) AS INTEGER), "
            + "(TRY_CAST(substr(time_period, 7, 1) AS INTEGER) - 1) * (CASE substr(time_period, 6, 1) WHEN 'Q' THEN 3 "
            + "ELSE 6 END) + 1, 1) "
            + "WHEN length(time_period) = 7 THEN make_date(TRY_CAST(substr(time_period, 1, 4) AS INTEGER), "
            + "TRY_CAST(substr(time_period, 6, 2) AS INTEGER), 1) "
            + "WHEN length(time_period) = 10 THEN TRY_CAST(time_period AS DATE) END)";
    private static final String PERIOD_END = "(" + PERIOD_START + " + to_months(CASE WHEN length(time_period) = 4 "
            + "THEN 12 WHEN substr(time_period, 6, 1) = 'S' THEN 6 WHEN substr(time_period, 6, 1) = 'Q' THEN 3 "
            + "WHEN length(time_period) = 7 THEN 1 ELSE 0 END) + to_days(CASE WHEN length(time_period) = 10 "
            + "THEN 1 ELSE 0 END))";
    private static final String LAST_LOAD_BEFORE = "(SELECT coalesce(max(load_id), 0) FROM load "
            + "WHERE status = 'committed' AND finished_at <= ?)";

    record Statement(String sql, List<Object> parameters) {
    }

    private DataSql() {
    }

    static Statement select(DataRequest request, Dataflow flow, DataSetKind kind) {
        List<Object> parameters = new ArrayList<>();
        String where = where(request, flow, kind, parameters);
        String inner = "SELECT " + COLUMNS + ", load_id FROM observation_long WHERE " + where
                + (kind == DataSetKind.DELETED_SINCE
                ? " QUALIFY row_number() OVER (PARTITION BY series_id, time_period ORDER BY load_id DESC) = 1" : "");
        return new Statement("SELECT " + COLUMNS + " FROM (" + inner + ") picked" + limits(request)
                + " ORDER BY " + order(request), parameters);
    }

    static Statement exists(DataRequest request, Dataflow flow, DataSetKind kind) {
        List<Object> parameters = new ArrayList<>();
        return new Statement("SELECT 1 FROM observation_long WHERE " + where(request, flow, kind, parameters)
                + " LIMIT 1", parameters);
    }

    private static String where(DataRequest request, Dataflow flow, DataSetKind kind, List<Object> parameters) {
        List<String> clauses = new ArrayList<>();
        clauses.add(vintage(request, kind, parameters));
        for (int i = 0; i < HarmonisedStructure.DIMENSIONS.size(); i++) {
            in(clauses, parameters, HarmonisedStructure.DIMENSIONS.get(i).column(), request.key().get(i));
        }
        in(clauses, parameters, "source", request.providers());
        in(clauses, parameters, "indicator", flow.indicators());
        if (request.start() != null) {
            clauses.add(PERIOD_END + " > CAST(? AS DATE)");
            parameters.add(request.start().start().toString());
        }
        if (request.end() != null) {
            clauses.add(PERIOD_START + " < CAST(? AS DATE)");
            parameters.add(request.end().endExclusive().toString());
        }
        return String.join(" AND ", clauses);
    }

    private static String vintage(DataRequest request, DataSetKind kind, List<Object> parameters) {
        if (kind == DataSetKind.CURRENT) {
            return "superseded_by IS NULL";
        }
        parameters.add(Timestamp.from(request.updatedAfter()));
        if (kind == DataSetKind.CHANGED_SINCE) {
            return "superseded_by IS NULL AND load_id > " + LAST_LOAD_BEFORE;
        }
        // Withdrawn since: superseded by a later load, and no current figure took its place.
        return "superseded_by > " + LAST_LOAD_BEFORE + " AND NOT EXISTS (SELECT 1 FROM observation c "
                + "WHERE c.series_id = observation_long.series_id AND c.time_period = observation_long.time_period "
                + "AND c.superseded_by IS NULL)";
    }

    private static void in(List<String> clauses, List<Object> parameters, String column, Set<String> codes) {
        if (!codes.isEmpty()) {
            clauses.add(column + " IN (" + String.join(", ", codes.stream().map(c -> "?").toList()) + ")");
            parameters.addAll(codes);
        }
    }

    private static String limits(DataRequest request) {
        List<String> limits = new ArrayList<>();
        if (request.firstN() != null) {
            limits.add("row_number() OVER (PARTITION BY series_id ORDER BY time_period) <= " + request.firstN());
        }
        if (request.lastN() != null) {
            limits.add("row_number() OVER (PARTITION BY series_id ORDER BY time_period DESC) <= " + request.lastN());
        }
        return limits.isEmpty() ? "" : " QUALIFY " + String.join(" AND ", limits);
    }

    /** Series key columns in structure order, then time; in a cross-section the observation dimension last. */
    private static String order(DataRequest request) {
        List<String> columns = new ArrayList<>();
        HarmonisedStructure.dimension(request.dimensionAtObservation()).ifPresentOrElse(
                atObservation -> {
                    HarmonisedStructure.DIMENSIONS.stream().filter(d -> d != atObservation)
                            .forEach(d -> columns.add(d.column()));
                    columns.add("time_period");
                    columns.add(atObservation.column());
                },
                () -> {
                    HarmonisedStructure.DIMENSIONS.forEach(d -> columns.add(d.column()));
                    columns.add("time_period");
                });
        return String.join(", ", columns);
    }
}
