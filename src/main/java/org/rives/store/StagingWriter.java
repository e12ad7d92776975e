package org.rives.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.rives.harmonise.ObservationWriter;
import org.rives.harmonise.SeriesKey;

/**
 * Streams harmonised observations into temporary staging tables through DuckDB's Appender, inside
 * the load's transaction. Per observation only numbers cross into DuckDB (appending strings costs
 * several times more); the series keys, periods and (status, flags) marks follow once, as small
 * dictionaries.
 */
final class StagingWriter implements ObservationWriter, AutoCloseable {

    /** An observation's status with its flags as published; a file uses a handful of them. */
    private record Mark(String status, String flags) {
    }

    private final DuckDBConnection connection;
    private final DuckDBAppender appender;
    private final DuplicateGuard duplicates = new DuplicateGuard();
    private final Map<Mark, Integer> markIndex = new HashMap<>();
    private final List<Mark> marks = new ArrayList<>();
    private String lastStatus;
    private String lastFlags;
    private int lastMark = -1;

    StagingWriter(DuckDBConnection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE stage_obs (series INTEGER, period INTEGER, "
                    + "obs_value DOUBLE, mark INTEGER, src_line BIGINT, src_column INTEGER)");
            statement.execute("CREATE OR REPLACE TEMP TABLE stage_series_codes (series INTEGER, source INTEGER, "
                    + "indicator INTEGER, ref_area INTEGER, counterpart_area INTEGER, sex INTEGER, age INTEGER, "
                    + "breakdown INTEGER, freq INTEGER, unit INTEGER, unit_mult INTEGER)");
            statement.execute("CREATE OR REPLACE TEMP TABLE stage_code (code INTEGER, text VARCHAR)");
            statement.execute("CREATE OR REPLACE TEMP TABLE stage_period (period INTEGER, time_period VARCHAR)");
            statement.execute("CREATE OR REPLACE TEMP TABLE stage_mark (mark INTEGER, obs_status VARCHAR, "
                    + "obs_flags VARCHAR)");
        }
        this.appender = connection.createAppender("temp", "main", "stage_obs");
    }

    @Override
    public void append(int series, int period, double value, String status, String flags, long line, int column) {
        duplicates.see(series, period);
        try {
            appender.beginRow().append(series).append(period).append(value).append(mark(status, flags))
                    .append(line).append(column).endRow();
        } catch (SQLException e) {
            throw new StoreException("cannot stage an observation: " + e.getMessage(), e);
        }
    }

    private int mark(String status, String flags) {
        if (!status.equals(lastStatus) || !Objects.equals(flags, lastFlags)) {
            lastStatus = status;
            lastFlags = flags;
            lastMark = markIndex.computeIfAbsent(new Mark(status, flags), mark -> {
                marks.add(mark);
                return marks.size() - 1;
            });
        }
        return lastMark;
    }

    /** Whether the staged keys are known to be unique, so that looking for duplicates would find none. */
    boolean provenWithoutDuplicates() {
        return duplicates.noDuplicates();
    }

    /** Flushes the observations and writes the dictionaries the harmoniser built. */
    void finish(List<SeriesKey> series, List<String> periods) throws SQLException {
        appender.close();
        writeSeries(series);
        try (DuckDBAppender labels = connection.createAppender("temp", "main", "stage_period")) {
            for (int i = 0; i < periods.size(); i++) {
                labels.beginRow().append(i).append(periods.get(i)).endRow();
            }
        }
        try (DuckDBAppender labels = connection.createAppender("temp", "main", "stage_mark")) {
            for (int i = 0; i < marks.size(); i++) {
                labels.beginRow().append(i).append(marks.get(i).status()).append(marks.get(i).flags()).endRow();
            }
        }
    }

    /**
     * Writes {@code stage_series}. A large file has a few hundred thousand series but only a few hundred
     * distinct codes among their keys, and the Appender takes an int several times faster than a string:
     * the keys cross as codes into a dictionary of texts, which SQL expands.
     */
    private void writeSeries(List<SeriesKey> series) throws SQLException {
        Map<String, Integer> codes = new HashMap<>();
        try (DuckDBAppender keys = connection.createAppender("temp", "main", "stage_series_codes")) {
            for (int i = 0; i < series.size(); i++) {
                SeriesKey key = series.get(i);
                keys.beginRow().append(i).append(code(codes, key.source())).append(code(codes, key.indicator()))
                        .append(code(codes, key.refArea())).append(code(codes, key.counterpartArea()))
                        .append(code(codes, key.sex())).append(code(codes, key.age()))
                        .append(code(codes, key.breakdown())).append(code(codes, key.freq()))
                        .append(code(codes, key.unit())).append(key.unitMult()).endRow();
            }
        }
        try (DuckDBAppender texts = connection.createAppender("temp", "main", "stage_code")) {
            for (Map.Entry<String, Integer> entry : codes.entrySet()) {
                texts.beginRow().append(entry.getValue()).append(entry.getKey()).endRow();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE OR REPLACE TEMP TABLE stage_series AS
                    SELECT s.series, t[s.source + 1] AS source, t[s.indicator + 1] AS indicator,
                           t[s.ref_area + 1] AS ref_area, t[s.counterpart_area + 1] AS counterpart_area,
                           t[s.sex + 1] AS sex, t[s.age + 1] AS age, t[s.breakdown + 1] AS breakdown,
                           t[s.freq + 1] AS freq, t[s.unit + 1] AS unit, s.unit_mult
                    FROM stage_series_codes s,
                         (SELECT coalesce(list(text ORDER BY code), []) AS t FROM stage_code)
                    ORDER BY s.series;
                    DROP TABLE stage_series_codes; DROP TABLE stage_code""");
        }
    }

    private static int code(Map<String, Integer> codes, String text) {
        Integer code = codes.get(text);
        if (code == null) {
            code = codes.size();
            codes.put(text, code);
        }
        return code;
    }

    @Override
    public void close() throws SQLException {
        if (!appender.isClosed()) {
            appender.close();
        }
    }
}
