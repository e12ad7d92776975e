package org.rives.cache;

import java.util.Map;

import org.rives.store.ObservationQueries;

/**
 * How many current observations each source holds, counted over the whole store once per
 * {@link StoreVersion} (a count costs a scan of every observation; only a commit changes it) rather than on
 * every {@code GET /api/sources}. The rest of that answer (freshness, last loads) moves with the clock and
 * the fetches, so it is not kept.
 */
public final class SourceCounts {

    private record Counted(StoreVersion version, Map<String, Long> counts) {
    }

    private final StoreVersions versions;
    private final ObservationQueries queries;
    private volatile Counted last;

    public SourceCounts(StoreVersions versions, ObservationQueries queries) {
        this.versions = versions;
        this.queries = queries;
    }

    /** The counts by source id, as of the store's current version. */
    public Map<String, Long> bySource() {
        StoreVersion version = versions.current(); // read first: a commit while counting is counted again next time
        Counted counted = last;
        if (counted == null || !counted.version().equals(version)) {
            counted = new Counted(version, Map.copyOf(queries.countsBySource()));
            last = counted;
        }
        return counted.counts();
    }
}
