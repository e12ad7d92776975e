package org.rives.connector.fetch;

/**
 * Told how a download advances, chunk by chunk; the command line shows it for long downloads. Called on the
 * HTTP client's thread, so an implementation must be quick and thread-safe.
 */
@FunctionalInterface
public interface FetchProgress {

    FetchProgress NONE = (url, received, total) -> { };

    /**
     * @param url       the publisher's URL being downloaded
     * @param received  bytes received so far
     * @param total     bytes announced by the server, or -1 when it announced none
     */
    void update(String url, long received, long total);
}
