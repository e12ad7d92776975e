package org.rives.export;

import java.util.List;

/**
 * What a Parquet export holds, written beside it as {@code _manifest.json} (the leading underscore keeps
 * Spark, Hive and Trino from reading it as data). A reader checks an export against it: the row count and
 * the value checksum of each partition and of the whole, and the SHA-256 of each file.
 *
 * @param rives        the Rives version that wrote it
 * @param exportedAt   when (UTC, ISO 8601)
 * @param asOf         the vintage exported: null for the current figures, else the instant they stood at
 * @param lastLoadId   the last committed load the vintage includes
 * @param format       {@code parquet}
 * @param partitioning the Hive partition columns, in path order
 * @param rows         observations in the export
 * @param checksum     how {@code valueSum} is computed, so that any tool can recompute it
 * @param valueSum     the checksum of values over the whole export
 * @param columns      the columns of the data files
 * @param loads        every load whose figures the export holds
 * @param partitions   every partition with its counts and files
 */
public record ExportManifest(String rives, String exportedAt, String asOf, long lastLoadId, String format,
                             List<Column> partitioning, long rows, String checksum, String valueSum,
                             List<Column> columns, List<Load> loads, List<Partition> partitions) {

    /**
     * The checksum of values: each value as its shortest decimal text (for a figure read from a file, the
     * digits the publisher wrote), rounded half up to six decimals, summed exactly. The same in DuckDB,
     * Spark, pandas or Trino whatever the row order. (A direct {@code CAST(obs_value AS DECIMAL(38,6))}
     * is not: DuckDB rounds the binary double, Spark its decimal text, and some values end up one unit apart.)
     */
    public static final String CHECKSUM = "sum(CAST(CAST(obs_value AS VARCHAR) AS DECIMAL(38,6)))";

    /** A column and its type as DuckDB names it. */
    public record Column(String name, String type) {
    }

    /** A load of the store: the file it read, when it committed, how many of its figures the export holds. */
    public record Load(int loadId, String source, String file, String sha256, String committedAt, long rows) {
    }

    /** One Hive partition ({@code indicator=ASYL_APP/year=2023}). */
    public record Partition(String indicator, Integer year, String path, long rows, String valueSum,
                            List<DataFile> files) {
    }

    /** A data file, by its path under the export folder. */
    public record DataFile(String path, long bytes, String sha256) {
    }
}
