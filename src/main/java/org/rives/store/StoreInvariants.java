package org.rives.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the store's model promises, checked over the whole store: the tables keep their
 * constraints, a series key is stored once, a figure is current at most once, every figure belongs to a
 * committed load, and each load's recorded counts match the figures it brought and superseded. Tests run
 * it after loads; the crash benchmark after every kill. Each breach is described with a few examples.
 */
public final class StoreInvariants {

    /** One promise: a query listing its breaches (empty when it holds), and what a breach means. */
    private record Invariant(String breach, String query) {
    }

    private static final int EXAMPLES = 3;

    private static final List<Invariant> INVARIANTS = List.of(
            new Invariant("observation column accepts NULL (the table lost its constraints)", """
                    SELECT column_name FROM duckdb_columns()
                    WHERE schema_name = 'main' AND table_name = 'observation' AND is_nullable
                      AND column_name IN ('series_id', 'time_period', 'obs_value', 'obs_status', 'load_id')"""),
            new Invariant("observation lost its check that a figure is superseded by a later load", """
                    SELECT 'observation' WHERE NOT EXISTS (
                        SELECT 1 FROM duckdb_constraints()
                        WHERE schema_name = 'main' AND table_name = 'observation' AND constraint_type = 'CHECK')"""),
            new Invariant("series key without its unique index", """
                    SELECT 'series_key' WHERE NOT EXISTS (
                        SELECT 1 FROM duckdb_indexes() WHERE table_name = 'series' AND index_name = 'series_key'
                                                           AND is_unique)"""),
            new Invariant("series key stored twice", """
                    SELECT string_agg(series_id::VARCHAR, ' and ') FROM series
                    GROUP BY source, indicator, ref_area, counterpart_area, sex, age, breakdown, freq, unit, unit_mult
                    HAVING count(*) > 1"""),
            new Invariant("more than one current figure for a series and period", """
                    SELECT series_id || ' ' || time_period FROM observation WHERE superseded_by IS NULL
                    GROUP BY series_id, time_period HAVING count(*) > 1"""),
            new Invariant("one load gave a series and period twice", """
                    SELECT series_id || ' ' || time_period || ' load ' || load_id FROM observation
                    GROUP BY series_id, time_period, load_id HAVING count(*) > 1"""),
            new Invariant("figure of an unknown series", """
                    SELECT DISTINCT series_id FROM observation o ANTI JOIN series s USING (series_id)"""),
            new Invariant("figure brought or superseded by a load that is not committed", """
                    SELECT DISTINCT l FROM (SELECT load_id AS l FROM observation
                                            UNION ALL SELECT superseded_by FROM observation
                                            WHERE superseded_by IS NOT NULL) f
                    ANTI JOIN (SELECT load_id FROM load WHERE status = 'committed') c ON c.load_id = f.l"""),
            new Invariant("load whose recorded counts differ from the figures it brought or superseded", """
                    SELECT l.load_id FROM load l
                    LEFT JOIN (SELECT load_id, count(*) AS n FROM observation GROUP BY load_id) b USING (load_id)
                    LEFT JOIN (SELECT superseded_by AS load_id, count(*) AS n FROM observation
                               WHERE superseded_by IS NOT NULL GROUP BY superseded_by) s USING (load_id)
                    WHERE l.status = 'committed'
                      AND (coalesce(b.n, 0) <> l.obs_new + l.obs_revised
                           OR coalesce(s.n, 0) <> l.obs_revised + l.obs_withdrawn)"""));

    private StoreInvariants() {
    }

    /** Every breach found, each as "what: examples"; empty when the store holds every promise. */
    public static List<String> check(Connection connection) throws SQLException {
        List<String> breaches = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (Invariant invariant : INVARIANTS) {
                List<String> examples = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery(invariant.query() + " LIMIT " + EXAMPLES)) {
                    while (rs.next()) {
                        examples.add(rs.getString(1));
                    }
                }
                if (!examples.isEmpty()) {
                    breaches.add(invariant.breach() + ": " + String.join(", ", examples));
                }
            }
        }
        return breaches;
    }

    /** Checks the store on a read connection. */
    public static List<String> check(Database database) {
        try (Database.ReadConnection read = database.read()) {
            return check(read.connection());
        } catch (SQLException e) {
            throw new StoreException("cannot check the store: " + e.getMessage(), e);
        }
    }
}
