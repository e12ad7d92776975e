package org.rives.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.fetch.Freshness;

/**
 * The freshness of each source: its last successful load (committed, or the same bytes found already
 * loaded) against the release cadence its connector declares in {@code remote.cadence}.
 */
public final class SourceFreshness {

    private final Database database;

    public SourceFreshness(Database database) {
        this.database = database;
    }

    public Freshness of(ConnectorDefinition definition, Instant now) {
        return of(definition, lastLoads().get(definition.id()), now);
    }

    public static Freshness of(ConnectorDefinition definition, Instant lastLoaded, Instant now) {
        String cadence = definition.remote() == null ? null : definition.remote().cadence();
        return Freshness.of(lastLoaded, cadence, now);
    }

    /** Start of the last successful load of every source that has one. */
    public Map<String, Instant> lastLoads() {
        Map<String, Instant> last = new HashMap<>();
        try (Database.ReadConnection read = database.read();
             PreparedStatement statement = read.connection().prepareStatement("SELECT source, max(started_at) "
                     + "FROM load WHERE status IN ('committed', 'unchanged') GROUP BY source");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                last.put(rs.getString(1), rs.getTimestamp(2).toInstant());
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the load times: " + e.getMessage(), e);
        }
        return last;
    }
}
