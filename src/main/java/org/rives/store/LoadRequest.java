package org.rives.store;

import java.nio.file.Path;

/**
 * A file to load for a connector.
 *
 * @param displayName   the name reports give the file (the upload's name, not a temporary path)
 * @param dryRun        read, harmonise and validate, compute what would change, commit nothing
 * @param skipRejected  commit the good observations even when some rows are rejected; by default one
 *                      rejected row keeps the whole file out, so a load is all or nothing
 * @param delta         the file carries only what changed since an earlier fetch (an SDMX {@code updatedAfter}
 *                      answer): its figures are added or revised, the figures it names as withdrawn are withdrawn,
 *                      and nothing it leaves out is touched; otherwise a file replaces the figures of the series
 *                      and periods it covers
 */
public record LoadRequest(String connector, Path file, String displayName, boolean dryRun, boolean skipRejected,
                          boolean delta) {

    /** A file that replaces what it covers (not a delta). */
    public LoadRequest(String connector, Path file, String displayName, boolean dryRun, boolean skipRejected) {
        this(connector, file, displayName, dryRun, skipRejected, false);
    }

    public static LoadRequest of(String connector, Path file) {
        return new LoadRequest(connector, file, file.getFileName().toString(), false, false);
    }

    public LoadRequest asDryRun() {
        return new LoadRequest(connector, file, displayName, true, skipRejected, delta);
    }
}
