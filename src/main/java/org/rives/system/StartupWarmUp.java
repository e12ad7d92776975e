package org.rives.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.rives.connector.ConnectorRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that needs no setting, begun on a thread of its own while Spring starts on the main thread,
 * so that the server's start uses both cores: DuckDB's native library (unpacked from the jar and linked, about a
 * second of CPU) and the connector schema with the YAML and JSON-schema classes that the catalogue and the
 * connectors are read with. The beans that need them then find them ready; one that gets there first waits for
 * the class being initialised, as the JVM has any thread do.
 */
public final class StartupWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(StartupWarmUp.class);

    private StartupWarmUp() {
    }

    public static void begin() {
        Thread thread = new Thread(StartupWarmUp::warm, "rives-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void warm() {
        try (Connection memory = DriverManager.getConnection("jdbc:duckdb:")) {
            // opened only for the driver to load its library; the store's own connection reports any problem
        } catch (SQLException | LinkageError e) {
            // Java 17 tells a later user of a class that failed to initialise no more than that: say why here.
            LOG.error("DuckDB's driver cannot start", e);
        }
        try {
            Class.forName(ConnectorRegistry.class.getName());
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.error("the connector registry cannot be initialised", e);
        }
    }
}
