package org.rives.system;

import java.time.Duration;

import org.rives.connector.fetch.FetchSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Remote fetching ({@code rives.fetch.*}). {@code enabled} turns on the scheduled refreshes of the
 * connectors that declare {@code remote.schedule}; it is off by default, so an installation never
 * reaches out to a publisher unless asked. {@code load <connector>} fetches whatever this says.
 */
@ConfigurationProperties("rives.fetch")
public record FetchProperties(Boolean enabled, Duration connectTimeout, Duration headerTimeout, Duration readTimeout,
                              Integer maxAttempts, Duration firstBackoff, Duration maxBackoff, Long maxBytes) {

    public FetchProperties {
        enabled = enabled != null && enabled;
    }

    FetchSettings settings() {
        FetchSettings d = FetchSettings.DEFAULTS;
        return new FetchSettings(or(connectTimeout, d.connectTimeout()), or(headerTimeout, d.headerTimeout()),
                or(readTimeout, d.readTimeout()), maxAttempts == null ? d.maxAttempts() : maxAttempts,
                or(firstBackoff, d.firstBackoff()), or(maxBackoff, d.maxBackoff()),
                maxBytes == null ? d.maxBytes() : maxBytes);
    }

    private static Duration or(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }
}
