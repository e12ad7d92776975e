package org.rives.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.rives.store.Database;
import org.rives.store.StoreInvariants;

/** Asserts that a store holds every promise of the model ({@link StoreInvariants}). */
public final class StoreChecks {

    private StoreChecks() {
    }

    /** The store in a folder laid out as {@link TestStore} lays it out. */
    public static void assertInvariants(Path storeDir) {
        try (Database database = new Database(storeDir.resolve("rives.duckdb"), 1)) {
            assertInvariants(database);
        }
    }

    public static void assertInvariants(Database database) {
        assertThat(StoreInvariants.check(database)).as("breaches of the store's invariants in %s", database.file())
                .isEmpty();
    }
}
