package org.rives.store;

import java.time.Instant;
import java.util.List;

import org.rives.harmonise.Rejection;

/**
 * What one load did, for the statistician who ran it: the file and its hash, what was read, what was
 * rejected and where, how the current figures moved, and what the connector's author should fix.
 *
 * @param loadId   the vintage id; null for a dry run, which is never recorded
 * @param status   committed, unchanged (identical bytes already loaded), rejected (bad rows, nothing
 *                 committed), failed (the file could not be read), or validated (a clean dry run)
 */
public record LoadReport(
        Integer loadId,
        String source,
        String file,
        String sha256,
        long bytes,
        String status,
        boolean dryRun,
        Instant startedAt,
        long durationMs,
        long rowsRead,
        long cellsRead,
        long observations,
        long missingCells,
        long excluded,
        long filtered,
        long rejected,
        Changes changes,
        Integer previousLoad,
        String message,
        List<String> warnings,
        List<Rejection> rejections) {

    public static final String COMMITTED = "committed";
    public static final String UNCHANGED = "unchanged";
    public static final String REJECTED = "rejected";
    public static final String FAILED = "failed";
    public static final String VALIDATED = "validated";

    /** How the current figures moved; for a dry run, how they would have. */
    public record Changes(long added, long revised, long withdrawn, long unchanged) {
        static final Changes NONE = new Changes(0, 0, 0, 0);
    }

    public boolean succeeded() {
        return COMMITTED.equals(status) || UNCHANGED.equals(status) || VALIDATED.equals(status);
    }
}
