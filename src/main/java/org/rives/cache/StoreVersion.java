package org.rives.cache;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the served tables are computed from: the last committed load, and the generation of the server's
 * own definitions (a restart or a re-read of the connector folder can change a table's labels, sources
 * or precedence without a load). Strong validators ({@code ETag}, {@code Last-Modified}) derive from it, so
 * a client that revalidates gets {@code 304} until one of the two moves.
 *
 * @param loadId       the last committed load id (0 for an empty store)
 * @param lastModified when that load committed, or when the definitions were last read if later
 * @param generation   the definitions' generation: the server's start instant and its re-reads since
 */
public record StoreVersion(long loadId, Instant lastModified, String generation) {

    public StoreVersion {
        lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS); // HTTP dates have whole seconds
    }

    /** The strong entity tag of one request's answer at this version. */
    String entityTag(String requestHash) {
        return "\"" + loadId + "." + generation + "-" + requestHash + "\"";
    }
}
