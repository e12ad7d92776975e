package org.rives.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Looks at what a load is about to change, inside its transaction: called once the new vintage is
 * merged and before it is committed (or, for a dry run, rolled back). Figures the load revises or
 * withdraws carry {@code superseded_by = loadId}; the figures it brings carry {@code load_id = loadId}.
 * Only reads; a dry run's inspection is how its report can show old and new values side by side.
 */
@FunctionalInterface
public interface MergeInspector {

    MergeInspector NONE = (connection, loadId) -> { };

    void inspect(Connection connection, int loadId) throws SQLException;
}
