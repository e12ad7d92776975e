package org.rives.cli;

import java.nio.file.Path;

import org.rives.access.AccessFile;

/**
 * The installation's settings, resolved as the server resolves them, for commands that must not open the
 * store ({@code validate}, {@code token}, {@code provider}, and {@code load} before it knows whether a
 * server holds the store). The wiring fills it ({@link CommandContext#settings}).
 *
 * @param home          the installation's folder (connectors, samples)
 * @param db            the DuckDB file
 * @param connectorsDir the connector definitions
 * @param accessFile    providers and token hashes
 * @param server        the server to send loads to when the store is held ({@code rives.server},
 *                      {@code RIVES_SERVER}); null when unset
 */
public record CliSettings(Path home, Path db, Path connectorsDir, Path accessFile, String server) {

    public CliSettings {
        server = server == null || server.isBlank() ? null : server;
    }

    AccessFile access() {
        return new AccessFile(accessFile);
    }
}
