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
 * they are, and figures that an earlier load of the same bytes brought but this reading no longer gives
 * (the connector or the catalogue changed since) are withdrawn. Then the table is refilled in series-key
 * order (a first load into an empty store is inserted in that order instead), and what the load leaves
 * behind is checked before it may commit ({@link ObservationTable}).
 */
final class VintageMerger {

    /** How the current figures moved with this load. */
    record Changes(long added, long revised, long withdrawn, long unchanged) {
    }

    /** Two observations with the same key in one file, each with its line and column. */
    record Duplicate(int series, int period, long line, int column, long firstLine, int firstColumn) {
    }

    private final Connection connection;
    private final boolean delta;
    private final ObservationTable table;

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
        this.table = new ObservationTable(connection);
    }

    /**
     * Observations given twice in the file, each listed against its first occurrence: the first in file
     * order (line, then column), so that two figures on one line (a one-line JSON response) are found too.
     */
    List<Duplicate> duplicates(int limit) throws SQLException {
        List<Duplicate> duplicates = new ArrayList<>();
        String sql = """
                SELECT series, period, src_line, src_column, first_line, first_column FROM (
                    SELECT series, period, src_line, src_column,
                           first_value(src_line) OVER w AS first_line, first_value(src_column) OVER w AS first_column,
                           row_number() OVER w AS k
                    FROM stage_obs
                    WHERE (series, period) IN (
                        SELECT (series, period) FROM stage_obs GROUP BY series, period HAVING count(*) > 1)
                    WINDOW w AS (PARTITION BY series, period ORDER BY src_line, src_column, rowid))
                WHERE k > 1 ORDER BY src_line, src_column LIMIT ?""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    duplicates.add(new Duplicate(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getInt(4),
                            rs.getLong(5), rs.getInt(6)));
                }
            }
        }
        return duplicates;
    }

    /** Keeps only the first of each duplicated observation (when a load accepts rejections). */
    void dropDuplicates() throws SQLException {
        execute("""
                DELETE FROM stage_obs WHERE rowid IN (
                    SELECT rowid FROM (SELECT rowid, row_number() OVER (PARTITION BY series, period
                                                                        ORDER BY src_line, src_column, rowid) AS k
                                       FROM stage_obs) WHERE k > 1)""");
    }

    /**
     * Merges the staged observations as load {@code loadId} of {@code source}, which read a file of
     * SHA-256 {@code sha256}.
     */
    Changes merge(int loadId, String source, String sha256) throws SQLException {
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
            // Nothing to check after: every row comes from staging, whose keys were proven or made unique.
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
        withdrawn += withdrawStale(loadId, source, sha256);
        // New figures: the file's, for each key and period left without a current figure.
        update(loadId, """
                CREATE OR REPLACE TEMP TABLE new_figures AS
                SELECT i.series_id, i.time_period, i.obs_value, i.obs_status, i.obs_flags, ? AS load_id,
                       CAST(NULL AS INTEGER) AS superseded_by, i.src_line
                FROM incoming i ANTI JOIN (SELECT series_id, time_period FROM observation WHERE superseded_by IS NULL) c
                  ON c.series_id = i.series_id AND c.time_period = i.time_period""");
        long inserted = count("SELECT count(*) FROM new_figures");
        if (inserted > 0) {
            table.refillInKeyOrderWith("new_figures"); // a withdrawal changes no row's place, an insert does
        }
        table.check(loadId);
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
     * Withdraws the current figures that an earlier load of these same bytes brought and this reading does
     * not give: figures of a series or period the connector or catalogue no longer reads that way (a unit
     * multiplier added, a code mapped elsewhere). Reading the same bytes with the same definition gives the
     * same figures, so then nothing is withdrawn here.
     */
    private long withdrawStale(int loadId, String source, String sha256) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE observation o SET superseded_by = ?
                WHERE o.superseded_by IS NULL
                  AND o.load_id IN (SELECT load_id FROM load WHERE source = ? AND sha256 = ? AND status = 'committed')
                  AND NOT EXISTS (SELECT 1 FROM incoming i
                                  WHERE i.series_id = o.series_id AND i.time_period = o.time_period)""")) {
            statement.setInt(1, loadId);
            statement.setString(2, source);
            statement.setString(3, sha256);
            return statement.executeLargeUpdate();
        }
    }

    /**
     * The first load into an empty store: nothing to revise or withdraw, every figure is new. Inserted
     * straight in the order a refill would give the table (series rank, then period), so the table needs
     * no refill.
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

    void dropStaging() throws SQLException {
        execute("DROP TABLE IF EXISTS temp.main.incoming; DROP TABLE IF EXISTS temp.main.new_figures; "
                + "DROP TABLE IF EXISTS temp.main.stage_obs; "
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
