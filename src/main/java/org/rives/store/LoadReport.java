package org.rives.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.rives.harmonise.Rejection;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What one load did, for the statistician who ran it: the file and its hash, what was read, what was
 * rejected and where, how the current figures moved, and what the connector's author should fix.
 *
 * @param loadId   the vintage id; null for a dry run, which is never recorded
 * @param status   what became of the load; see {@link Status}
 */
public record LoadReport(
        Integer loadId,
        String source,
        String file,
        String sha256,
        long bytes,
        Status status,
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

    public static final Status COMMITTED = Status.COMMITTED;
    public static final Status UNCHANGED = Status.UNCHANGED;
    public static final Status REJECTED = Status.REJECTED;
    public static final Status FAILED = Status.FAILED;
    public static final Status VALIDATED = Status.VALIDATED;

    /**
     * What became of a load. Stored in the load log, shown in reports and JSON, and used as a metric
     * label by its lower-case spelling ({@link #stored()}), which never changes.
     */
    public enum Status {
        /** A new vintage was committed. */
        COMMITTED,
        /** The same bytes (and definition) were already loaded: nothing changed. */
        UNCHANGED,
        /** Bad rows: nothing was committed. */
        REJECTED,
        /** The file could not be read at all. */
        FAILED,
        /** A dry run found nothing wrong; nothing was committed. */
        VALIDATED;

        /** The spelling in the load log, in JSON and in metrics: committed, unchanged… */
        @JsonValue
        public String stored() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The status a load log row spells; an unknown spelling is a store that this version cannot read. */
        public static Status of(String stored) {
            return Arrays.stream(values()).filter(s -> s.stored().equals(stored)).findFirst().orElseThrow(() ->
                    new StoreException("unknown load status \"" + stored + "\" in the load log"));
        }

        public boolean succeeded() {
            return this == COMMITTED || this == UNCHANGED || this == VALIDATED;
        }

        @Override
        public String toString() {
            return stored();
        }
    }

    /** A report whose status is given as the load log spells it. */
    public LoadReport(Integer loadId, String source, String file, String sha256, long bytes, String status,
                      boolean dryRun, Instant startedAt, long durationMs, long rowsRead, long cellsRead,
                      long observations, long missingCells, long excluded, long filtered, long rejected,
                      Changes changes, Integer previousLoad, String message, List<String> warnings,
                      List<Rejection> rejections) {
        this(loadId, source, file, sha256, bytes, Status.of(status), dryRun, startedAt, durationMs, rowsRead,
                cellsRead, observations, missingCells, excluded, filtered, rejected, changes, previousLoad, message,
                warnings, rejections);
    }

    /** How the current figures moved; for a dry run, how they would have. */
    public record Changes(long added, long revised, long withdrawn, long unchanged) {
        static final Changes NONE = new Changes(0, 0, 0, 0);
    }

    public boolean succeeded() {
        return status.succeeded();
    }
}
