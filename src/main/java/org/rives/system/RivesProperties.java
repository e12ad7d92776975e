package org.rives.system;

import java.nio.file.Path;

import org.rives.store.Database;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of one Rives installation ({@code rives.*} in application.properties, {@code --rives.db=…} on
 * the command line, or environment variables such as {@code RIVES_DB}). Defaults, pinned by
 * {@code SettingsTest}: home {@code .}; db, raw-dir and connectors-dir under home
 * ({@code data/rives.duckdb}, {@code data/raw}, {@code connectors}); samples loaded on start; no write
 * token (uploads off); 32 read connections; DuckDB's memory limited to 1 GB. A value that cannot be used
 * stops the start with its name.
 *
 * @param home               folder that connector sample paths are relative to
 * @param db                 the DuckDB file
 * @param rawDir             the content-addressed archive of every loaded file
 * @param connectorsDir      the connector definitions
 * @param loadSamplesOnStart load every connector's sample files when the store has no load yet
 * @param writeToken         bearer token for {@code POST /api/loads}; uploads are off while unset
 * @param readConnections    pooled read connections to DuckDB, at least 1
 * @param dbMemoryLimit      the most memory DuckDB may hold ({@code 1GB} by default; sorts and joins spill to disk
 *                           beyond it): without it DuckDB may keep up to 80 % of the machine's memory
 */
@ConfigurationProperties("rives")
public record RivesProperties(String home, String db, String rawDir, String connectorsDir, Boolean loadSamplesOnStart,
                              String writeToken, Integer readConnections, String dbMemoryLimit) {

    static final int DEFAULT_READ_CONNECTIONS = 32;
    static final String DEFAULT_DB_MEMORY_LIMIT = "1GB";

    // Strings, not Paths: Spring would resolve a Path such as "." against the servlet context.
    public RivesProperties {
        home = home == null || home.isBlank() ? "." : home;
        db = db == null || db.isBlank() ? Path.of(home, "data", "rives.duckdb").toString() : db;
        rawDir = rawDir == null || rawDir.isBlank() ? Path.of(home, "data", "raw").toString() : rawDir;
        connectorsDir = connectorsDir == null || connectorsDir.isBlank() ? Path.of(home, "connectors").toString()
                : connectorsDir;
        loadSamplesOnStart = loadSamplesOnStart == null || loadSamplesOnStart;
        writeToken = writeToken == null || writeToken.isBlank() ? null : writeToken;
        readConnections = readConnections == null ? DEFAULT_READ_CONNECTIONS : readConnections;
        dbMemoryLimit = dbMemoryLimit == null || dbMemoryLimit.isBlank() ? DEFAULT_DB_MEMORY_LIMIT : dbMemoryLimit;
        if (readConnections < 1) {
            throw new IllegalArgumentException("rives.read-connections must be at least 1, not " + readConnections);
        }
        if (!Database.isMemorySize(dbMemoryLimit)) {
            throw new IllegalArgumentException("rives.db-memory-limit must be a size such as 1GB or 512MB, not \""
                    + dbMemoryLimit + "\"");
        }
    }

    public Path homePath() {
        return Path.of(home);
    }

    public Path dbPath() {
        return Path.of(db);
    }
}
