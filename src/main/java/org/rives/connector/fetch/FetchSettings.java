package org.rives.connector.fetch;

import java.time.Duration;

/**
 * How patient a fetch is with a publisher's server.
 *
 * @param connectTimeout  time to open the connection
 * @param headerTimeout   time from sending the request to the response headers
 * @param readTimeout     longest silence allowed while the body streams in; a stalled transfer is
 *                        abandoned rather than left hanging
 * @param maxAttempts     tries in all, the first included; only server errors (5xx, 408, 429) and
 *                        network failures are tried again
 * @param firstBackoff    wait before the second try; each later wait doubles, up to {@code maxBackoff}
 * @param maxBackoff      the longest wait between two tries
 * @param maxBytes        largest body accepted when the connector names no limit of its own
 */
public record FetchSettings(Duration connectTimeout, Duration headerTimeout, Duration readTimeout, int maxAttempts,
                            Duration firstBackoff, Duration maxBackoff, long maxBytes) {

    public static final FetchSettings DEFAULTS = new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofSeconds(60), 4, Duration.ofSeconds(2), Duration.ofSeconds(60), 512L * 1024 * 1024);

    public FetchSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
    }

    /** The wait after failed try number {@code attempt} (1-based). */
    Duration backoffAfter(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration wait = firstBackoff.multipliedBy(factor);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
