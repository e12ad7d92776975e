package org.rives.system;

import java.time.Duration;
import java.util.List;

import org.rives.connector.fetch.FetchSettings;
import org.rives.connector.fetch.HostRewrite;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Remote fetching ({@code rives.fetch.*}). {@code enabled} turns on the scheduled refreshes of the
 * connectors that declare {@code remote.schedule}, and the re-reading of the connector folder every
 * {@code rescan}; it is off by default, so an installation never reaches out to a publisher unless asked.
 * {@code load <connector>} and {@code refresh} fetch whatever this says. {@code rewrite} lists
 * {@code FROM=TO} origins served from elsewhere (a mirror; the tests' replay server).
 */
@ConfigurationProperties("rives.fetch")
public record FetchProperties(Boolean enabled, Duration connectTimeout, Duration headerTimeout, Duration readTimeout,
                              Integer maxAttempts, Duration firstBackoff, Duration maxBackoff, Long maxBytes,
                              Duration maxRetryAfter, Duration asyncMaxWait, Integer maxRatio, List<String> rewrite,
                              Duration rescan) {

    public FetchProperties {
        enabled = enabled != null && enabled;
        rewrite = rewrite == null ? List.of() : List.copyOf(rewrite);
        rescan = rescan == null ? Duration.ofMinutes(1) : rescan;
    }

    FetchSettings settings() {
        FetchSettings d = FetchSettings.DEFAULTS;
        return new FetchSettings(or(connectTimeout, d.connectTimeout()), or(headerTimeout, d.headerTimeout()),
                or(readTimeout, d.readTimeout()), maxAttempts == null ? d.maxAttempts() : maxAttempts,
                or(firstBackoff, d.firstBackoff()), or(maxBackoff, d.maxBackoff()),
                maxBytes == null ? d.maxBytes() : maxBytes, or(maxRetryAfter, d.maxRetryAfter()),
                or(asyncMaxWait, d.asyncMaxWait()), maxRatio == null ? d.maxRatio() : maxRatio,
                HostRewrite.parse(rewrite));
    }

    private static Duration or(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }
}
