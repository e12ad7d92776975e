package org.rives.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the cache of computed tables ({@code rives.cache.*}). Defaults: on; 64 MB for all entries
 * together (what the heap gives the cache at most); 4 MB for one answer (a larger one streams through
 * and is not kept). {@code enabled=false} serves every request from the store, without validators: what
 * {@code bench/serve.sh} calls the cold path.
 *
 * @param enabled      keep computed tables and answer conditional requests
 * @param maxSize      what all kept answers may weigh together
 * @param maxEntrySize the largest answer kept; also how much of an answer is held before it streams
 */
@ConfigurationProperties("rives.cache")
public record CacheProperties(Boolean enabled, DataSize maxSize, DataSize maxEntrySize) {

    public CacheProperties {
        enabled = enabled == null || enabled;
        maxSize = maxSize == null ? DataSize.ofMegabytes(64) : maxSize;
        maxEntrySize = maxEntrySize == null ? DataSize.ofMegabytes(4) : maxEntrySize;
        if (maxSize.isNegative() || maxEntrySize.toBytes() < 1 || maxEntrySize.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("rives.cache.max-size must be at least 0 and rives.cache.max-entry-size"
                    + " between 1 byte and 2 GB, not " + maxSize + " and " + maxEntrySize);
        }
    }
}
