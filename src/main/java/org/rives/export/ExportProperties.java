package org.rives.export;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of {@code GET /api/observations.parquet} ({@code rives.export.*}). Each download is written to a
 * temporary file before it is sent, so both bound the disk a server gives to downloads at once.
 *
 * @param maxRows             observations one download may hold; more is refused with a pointer to
 *                            {@code rives export --parquet}
 * @param concurrentDownloads downloads written at the same time; others wait a few seconds, then get 503
 */
@ConfigurationProperties("rives.export")
public record ExportProperties(Long maxRows, Integer concurrentDownloads) {

    public ExportProperties {
        maxRows = maxRows == null ? 10_000_000L : maxRows;
        concurrentDownloads = concurrentDownloads == null ? 2 : concurrentDownloads;
    }
}
