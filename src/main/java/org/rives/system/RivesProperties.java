package org.rives.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of one Rives installation ({@code rives.*} in application.properties, or environment
 * variables such as {@code RIVES_DB}).
 *
 * @param home               folder that connector sample paths are relative to
 * @param db                 the DuckDB file
 * @param rawDir             the content-addressed archive of every loaded file
 * @param connectorsDir      the connector definitions
 * @param loadSamplesOnStart load every connector's sample files when the store has no load yet
 * @param writeToken         bearer token for {@code POST /api/loads}; uploads are off while unset
 * @param readConnections    pooled read connections to DuckDB
 */
@ConfigurationProperties("rives")
public record RivesProperties(String home, String db, String rawDir, String connectorsDir, Boolean loadSamplesOnStart,
                              String writeToken, Integer readConnections) {

    // Strings, not Paths: Spring would resolve a Path such as "." against the servlet context.
    public RivesProperties {
        home = home == null || home.isBlank() ? "." : home;
        db = db == null || db.isBlank() ? Path.of(home, "data", "rives.duckdb").toString() : db;
        rawDir = rawDir == null || rawDir.isBlank() ? Path.of(home, "data", "raw").toString() : rawDir;
        connectorsDir = connectorsDir == null || connectorsDir.isBlank() ? Path.of(home, "connectors").toString()
                : connectorsDir;
        loadSamplesOnStart = loadSamplesOnStart == null || loadSamplesOnStart;
        writeToken = writeToken == null || writeToken.isBlank() ? null : writeToken;
        readConnections = readConnections == null ? 8 : readConnections;
    }

    public Path homePath() {
        return Path.of(home);
    }

    public Path dbPath() {
        return Path.of(db);
    }

    public boolean uploadsEnabled() {
        return writeToken != null;
    }
}
