package org.rives.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.rives.harmonise.ObservationWriter;

/**
 * Turns staged observations into a new vintage, set-based, inside the load's transaction: figures
 * whose value or status changed are superseded and re-inserted, figures of a loaded series that the
 * file no longer gives (within the periods it covers) are withdrawn, identical figures are kept as
 * they are. Then the table is rewritten in series-key order (a first load into an empty store is
 * inserted in that order instead).
 */
final class VintageMerger {

    /** How the current figures moved with this load. */
    record Changes(long added, long revised, long withdrawn, long unchanged) {
    }

    /** Two observations with the same key in one file. */
    record Duplicate(int series, int period, long line, long firstLine) {
    }

    private final Connection connection;
    private final boolean delta;

    VintageMerger(Connection connection) {
        this(connection, false);
    }

    /**
     * @param delta  the file carries changes only (an SDMX {@code updatedAfter} answer): its figures are upserted
     *               and only the figures it names as withdrawn are withdrawn, never those it leaves out
     */
    VintageMerger(Connection connection, boolean delta) {
        this.connection = connection;
        this.delta = delta;
    }

    /** Observations given twice in the file, each listed against its first occurrence. */
    List<Duplicate> duplicates(int limit) throws SQLException {
        List<Duplicate> duplicates = new ArrayList<>();
        String sql = """
                SELECT series, period, src_line, first_line FROM (
                    SELECT series, period, src_line,
                           min(src_line) OVER (PARTITION BY series, period) AS first_line,
                           count(*) OVER (PARTITION BY series, period) AS n
                    FROM stage_obs
                    WHERE (series, period) IN (
                        SELECT (series, period) FROM stage_obs GROUP BY series, period HAVING count(*) > 1))
                WHERE src_line > first_line ORDER BY src_line LIMIT ?""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    duplicates.add(new Duplicate(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        return duplicates;
    }

    /** Keeps only the first of each duplicated observation (when a load accepts rejections). */
    void dropDuplicates() throws SQLException {
        execute("""
                DELETE FROM stage_obs WHERE rowid IN (
                    SELECT rowid FROM (SELECT rowid, row_number() OVER (PARTITION BY series, period ORDER BY src_line) AS k
                                       FROM stage_obs) WHERE k > 1)""");
    }

    Changes merge(int loadId) throws SQLException {
        execute("""
                INSERT INTO series
                SELECT (SELECT coalesce(max(series_id), 0) FROM series) + row_number() OVER (ORDER BY ss.series),
                       ss.source, ss.indicator, ss.ref_area, ss.counterpart_area, ss.sex, ss.age, ss.breakdown,
                       ss.freq, ss.unit, ss.unit_mult
                FROM stage_series ss ANTI JOIN series s
                  ON s.source = ss.source AND s.indicator = ss.indicator AND s.ref_area = ss.ref_area
                 AND s.counterpart_area = ss.counterpart_area AND s.sex = ss.sex AND s.age = ss.age
                 AND s.breakdown = ss.breakdown AND s.freq = ss.freq AND s.unit = ss.unit
                 AND s.unit_mult = ss.unit_mult""");
        // The string join on the series key runs once per series, not once per observation.
        execute("""
                CREATE OR REPLACE TEMP TABLE series_map AS
                SELECT ss.series, s.series_id,
                       row_number() OVER (ORDER BY s.indicator, s.ref_area, s.series_id) AS series_rank
                FROM stage_series ss JOIN series s
                  ON s.source = ss.source AND s.indicator = ss.indicator AND s.ref_area = ss.ref_area
                 AND s.counterpart_area = ss.counterpart_area AND s.sex = ss.sex AND s.age = ss.age
                 AND s.breakdown = ss.breakdown AND s.freq = ss.freq AND s.unit = ss.unit
                 AND s.unit_mult = ss.unit_mult""");
        if (count("SELECT count(*) FROM (SELECT 1 FROM observation LIMIT 1)") == 0) {
            return mergeIntoEmpty(loadId);
        }
        execute("""
                CREATE OR REPLACE TEMP TABLE incoming AS
                SELECT m.series_id, p.time_period, o.obs_value, k.obs_status, k.obs_flags, o.src_line
                FROM stage_obs o
                JOIN series_map m ON m.series = o.series
                JOIN stage_period p ON p.period = o.period
                JOIN stage_mark k ON k.mark = o.mark""");
        long withdrawn = withdrawNamed(loadId);
        long incoming = count("SELECT count(*) FROM incoming");
        long revised = update(loadId, """
                UPDATE observation o SET superseded_by = ?
                FROM incoming i
                WHERE o.series_id = i.series_id AND o.time_period = i.time_period AND o.superseded_by IS NULL
                  AND (o.obs_value IS DISTINCT FROM i.obs_value OR o.obs_status IS DISTINCT FROM i.obs_status
                       OR o.obs_flags IS DISTINCT FROM i.obs_flags)""");
        withdrawn += delta ? 0 : update(loadId, """
                UPDATE observation o SET superseded_by = ?
                FROM (SELECT series_id, min(time_period) AS first_period, max(time_period) AS last_period
                      FROM incoming GROUP BY series_id) r
                WHERE o.series_id = r.series_id AND o.superseded_by IS NULL
                  AND o.time_period BETWEEN r.first_period AND r.last_period
                  AND NOT EXISTS (SELECT 1 FROM incoming i
                                  WHERE i.series_id = o.series_id AND i.time_period = o.time_period)""");
        long inserted = update(loadId, """
                INSERT INTO observation
                SELECT i.series_id, i.time_period, i.obs_value, i.obs_status, i.obs_flags, ?, NULL, i.src_line
                FROM incoming i ANTI JOIN (SELECT series_id, time_period FROM observation WHERE superseded_by IS NULL) c
                  ON c.series_id = i.series_id AND c.time_period = i.time_period""");
        if (inserted + withdrawn > 0) {
            cluster();
        }
        return new Changes(inserted - revised, revised, withdrawn, incoming - inserted);
    }

    /**
     * Withdraws the current figures the file names as withdrawn (staged with the status
     * {@link ObservationWriter#WITHDRAWN}), and takes those names out of the incoming figures.
     */
    private long withdrawNamed(int loadId) throws SQLException {
        long withdrawn = update(loadId, """
                UPDATE observation o SET superseded_by = ?
                FROM (SELECT DISTINCT series_id, time_period FROM incoming WHERE obs_status = '%s') w
                WHERE o.series_id = w.series_id AND o.time_period = w.time_period AND o.superseded_by IS NULL"""
                .formatted(ObservationWriter.WITHDRAWN));
        execute("DELETE FROM incoming WHERE obs_status = '%s'".formatted(ObservationWriter.WITHDRAWN));
        return withdrawn;
    }

    /**
     * The first load into an empty store: nothing to revise or withdraw, every figure is new. Inserted
     * straight in the order {@link #cluster()} would give the table (series rank, then period), so the
     * table needs no rewrite.
     */
    private Changes mergeIntoEmpty(int loadId) throws SQLException {
        long inserted = update(loadId, """
                INSERT INTO observation
                SELECT m.series_id, p.time_period, o.obs_value, k.obs_status, k.obs_flags, ?, NULL, o.src_line
                FROM stage_obs o
                JOIN series_map m ON m.series = o.series
                JOIN (SELECT period, time_period, row_number() OVER (ORDER BY time_period) AS period_rank
                      FROM stage_period) p ON p.period = o.period
                JOIN stage_mark k ON k.mark = o.mark
                WHERE k.obs_status <> '%s'
                ORDER BY m.series_rank, p.period_rank""".formatted(ObservationWriter.WITHDRAWN));
        return new Changes(inserted, 0, 0, 0);
    }

    /** Rewrites the observations in series-key order so that reads of one indicator touch few row groups. */
    private void cluster() throws SQLException {
        execute("""
                CREATE OR REPLACE TABLE observation AS
                SELECT o.* FROM observation o JOIN series s USING (series_id)
                ORDER BY s.indicator, s.ref_area, o.series_id, o.time_period, o.load_id""");
    }

    void dropStaging() throws SQLException {
        execute("DROP TABLE IF EXISTS temp.main.incoming; DROP TABLE IF EXISTS temp.main.stage_obs; "
                + "DROP TABLE IF EXISTS temp.main.stage_series; DROP TABLE IF EXISTS temp.main.stage_period; "
                + "DROP TABLE IF EXISTS temp.main.stage_mark; DROP TABLE IF EXISTS temp.main.series_map");
    }

    private long update(int loadId, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, loadId);
            return statement.executeLargeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
