package org.rives.cache;

import java.util.List;
import java.util.Map;

/**
 * One computed answer as it went to the first caller: its headers (content type, disposition, paging
 * totals…) and its body bytes, served again as they are while the store's version holds.
 */
record CachedAnswer(Map<String, List<String>> headers, byte[] body) {

    /** What the entry weighs against the cache's bound: the body, the headers, and the map's own overhead. */
    long weight(String key) {
        long headerChars = headers.entrySet().stream()
                .mapToLong(e -> e.getKey().length() + e.getValue().stream().mapToLong(String::length).sum())
                .sum();
        return body.length + 2L * (headerChars + key.length()) + 256;
    }
}
