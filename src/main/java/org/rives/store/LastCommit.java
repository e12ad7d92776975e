package org.rives.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The last committed load: the store's version. Load ids grow in commit order (one writer), so the
 * highest committed id names the figures every read sees until the next commit.
 *
 * @param loadId     the load's id, 0 for a store that has none
 * @param finishedAt when it committed ({@link Instant#EPOCH} for none)
 */
public record LastCommit(long loadId, Instant finishedAt) {

    public static final LastCommit NONE = new LastCommit(0, Instant.EPOCH);

    public static LastCommit read(Database database) {
        try (Database.ReadConnection read = database.read();
             PreparedStatement statement = read.connection().prepareStatement("SELECT load_id, finished_at FROM load "
                     + "WHERE status = 'committed' ORDER BY load_id DESC LIMIT 1");
             ResultSet rs = statement.executeQuery()) {
            return rs.next() ? new LastCommit(rs.getLong(1), rs.getTimestamp(2).toInstant()) : NONE;
        } catch (SQLException e) {
            throw new StoreException("cannot read the last committed load: " + e.getMessage(), e);
        }
    }
}
