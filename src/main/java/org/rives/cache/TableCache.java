package org.rives.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Computed answers (comparable tables, mirror tables, pages of observations, SDMX data messages) keyed by
 * the normalised request and the store's version, least recently used evicted first once the entries
 * weigh more than the bound. A commit empties it: an entry of an older version can never be served, and
 * dropping them at once frees their memory for the new version's answers.
 */
public final class TableCache {

    private record Key(String request, StoreVersion version) {
    }

    private final long maxBytes;
    private final Map<Key, CachedAnswer> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    private final LongAdder notModified = new LongAdder();

    /** @param maxBytes what all entries may weigh together; 0 keeps nothing */
    public TableCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The answer to a request at a version, counted as a hit or a miss. */
    public synchronized CachedAnswer get(String request, StoreVersion version) {
        CachedAnswer answer = entries.get(new Key(request, version));
        (answer == null ? misses : hits).increment();
        return answer;
    }

    /** Keeps an answer unless it alone weighs more than the bound; older entries make room. */
    public synchronized void put(String request, StoreVersion version, CachedAnswer answer) {
        long weight = answer.weight(request);
        if (weight > maxBytes) {
            return;
        }
        CachedAnswer previous = entries.put(new Key(request, version), answer);
        bytes += weight - (previous == null ? 0 : previous.weight(request));
        Iterator<Map.Entry<Key, CachedAnswer>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<Key, CachedAnswer> entry = eldest.next();
            bytes -= entry.getValue().weight(entry.getKey().request());
            eldest.remove();
            evictions.increment();
        }
    }

    /** Drops every entry: the store or the definitions the answers were computed from have changed. */
    public synchronized void clear() {
        evictions.add(entries.size());
        entries.clear();
        bytes = 0;
    }

    void countNotModified() {
        notModified.increment();
    }

    public synchronized long bytes() {
        return bytes;
    }

    public synchronized int size() {
        return entries.size();
    }

    public long maxBytes() {
        return maxBytes;
    }

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }

    public long evictions() {
        return evictions.sum();
    }

    public long notModified() {
        return notModified.sum();
    }
}
