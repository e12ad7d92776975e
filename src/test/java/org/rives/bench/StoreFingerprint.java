package org.rives.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a store holds, as counts and order-independent checksums of its figures, series and loads (a
 * load's timing left out): two stores with the same fingerprint hold the same vintages.
 */
record StoreFingerprint(String observations, String series, String loads) {

    static StoreFingerprint of(Connection connection) throws SQLException {
        return new StoreFingerprint(
                sum(connection, "observation", "series_id, time_period, obs_value, obs_status, obs_flags, load_id, "
                        + "superseded_by, src_line"),
                sum(connection, "series", "series_id, source, indicator, ref_area, counterpart_area, sex, age, "
                        + "breakdown, freq, unit, unit_mult"),
                sum(connection, "load", "load_id, source, file_name, sha256, bytes, status, rows_read, observations, "
                        + "rejected, obs_new, obs_revised, obs_withdrawn, obs_unchanged, definition_hash, catalogue_hash"));
    }

    private static String sum(Connection connection, String table, String columns) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*), coalesce(sum(hash(" + columns + ")), 0) FROM "
                     + table)) {
            rs.next();
            return rs.getLong(1) + " rows, checksum " + rs.getString(2);
        }
    }
}
