package org.rives.connector.fetch;

import java.time.Duration;

/**
 * How patient a fetch is with a publisher's server, and what it accepts.
 *
 * @param connectTimeout  time to open the connection
 * @param headerTimeout   time from sending the request to the response headers
 * @param readTimeout     longest silence allowed while the body streams in; a stalled transfer is
 *                        abandoned rather than left hanging
 * @param maxAttempts     tries in all, the first included; only server errors (5xx, 408, 429) and
 *                        network failures are tried again
 * @param firstBackoff    wait before the second try; each later wait doubles, up to {@code maxBackoff}
 * @param maxBackoff      the longest wait between two tries
 * @param maxBytes        largest body accepted when the connector names no limit of its own; also the
 *                        largest file an archive may inflate to
 * @param maxRetryAfter   the longest {@code Retry-After} a publisher may ask for; a longer one ends the
 *                        fetch (the next refresh tries again) instead of holding the refresh for hours
 * @param asyncMaxWait    how long to wait for a publisher preparing a large extraction asynchronously,
 *                        when the connector names no limit of its own
 * @param maxRatio        largest ratio of inflated to archived bytes: a zip or gzip beyond it is refused as
 *                        a possible archive bomb
 * @param rewrite         publisher origins served from elsewhere (a mirror, or a test server)
 */
public record FetchSettings(Duration connectTimeout, Duration headerTimeout, Duration readTimeout, int maxAttempts,
                            Duration firstBackoff, Duration maxBackoff, long maxBytes, Duration maxRetryAfter,
                            Duration asyncMaxWait, int maxRatio, HostRewrite rewrite) {

    public static final FetchSettings DEFAULTS = new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofSeconds(60), 4, Duration.ofSeconds(2), Duration.ofSeconds(60), 512L * 1024 * 1024,
            Duration.ofMinutes(5), Duration.ofMinutes(15), 200, HostRewrite.NONE);

    public FetchSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (maxRatio < 1) {
            throw new IllegalArgumentException("maxRatio must be at least 1, not " + maxRatio);
        }
        rewrite = rewrite == null ? HostRewrite.NONE : rewrite;
    }

    /** The timeouts, tries and size limit; the rest as {@link #DEFAULTS}. */
    public FetchSettings(Duration connectTimeout, Duration headerTimeout, Duration readTimeout, int maxAttempts,
                         Duration firstBackoff, Duration maxBackoff, long maxBytes) {
        this(connectTimeout, headerTimeout, readTimeout, maxAttempts, firstBackoff, maxBackoff, maxBytes,
                DEFAULTS.maxRetryAfter, DEFAULTS.asyncMaxWait, DEFAULTS.maxRatio, HostRewrite.NONE);
    }

    /** The same settings with publisher origins served from elsewhere. */
    public FetchSettings withRewrite(HostRewrite other) {
        return new FetchSettings(connectTimeout, headerTimeout, readTimeout, maxAttempts, firstBackoff, maxBackoff,
                maxBytes, maxRetryAfter, asyncMaxWait, maxRatio, other);
    }

    /** The wait after failed try number {@code attempt} (1-based). */
    Duration backoffAfter(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration wait = firstBackoff.multipliedBy(factor);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
