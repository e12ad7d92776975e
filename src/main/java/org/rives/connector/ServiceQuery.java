package org.rives.connector;

/**
 * The options of a format whose connector names a statistical web service rather than URLs (SDMX 2.1 REST):
 * the reader knows how the service builds its queries, so the fetch asks it for the data URL instead of
 * reading one from {@code remote.url}.
 */
public interface ServiceQuery {

    /** The URL of the connector's data query, without {@code updatedAfter}. */
    String dataUrl();

    /** The media type to ask the service for. */
    String accept();

    /**
     * Whether the service answers {@code updatedAfter} with only what changed since (SDMX: Replace and Delete
     * data sets), so a refresh may ask for the changes since its last successful fetch and load them as a delta.
     */
    boolean incremental();

    /** The data URL asking only for what changed after {@code since} (an ISO-8601 instant). */
    default String changesSince(String since) {
        String url = dataUrl();
        return url + (url.contains("?") ? "&" : "?") + "updatedAfter=" + since;
    }
}
