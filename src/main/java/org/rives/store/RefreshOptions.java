package org.rives.store;

import org.rives.connector.fetch.FetchProgress;

/**
 * How a refresh goes about it.
 *
 * @param dryRun    fetch and check, commit nothing, remember nothing; sends no validators and asks for the
 *                  whole period range (the point is to see the whole file)
 * @param full      ask from the first year of each period window, not only for what may have changed, and for the
 *                  whole query of a service that answers updatedAfter (loaded as a replacement, not a delta)
 * @param progress  told how long downloads advance
 */
public record RefreshOptions(boolean dryRun, boolean full, FetchProgress progress) {

    /** What the server's schedule does: a conditional, windowed fetch that commits. */
    public static final RefreshOptions SCHEDULED = new RefreshOptions(false, false, FetchProgress.NONE);

    public RefreshOptions {
        progress = progress == null ? FetchProgress.NONE : progress;
    }
}
