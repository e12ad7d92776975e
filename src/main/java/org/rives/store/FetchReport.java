package org.rives.store;

/**
 * What {@code load <connector>} did with a remote file: the fetch (outcome, HTTP status, tries) and,
 * when a new body came, the load report of those bytes.
 *
 * @param outcome  {@code fetched}, {@code not modified} (the store was not touched) or {@code failed}
 * @param load     the report of loading the fetched file; null unless fetched
 */
public record FetchReport(String connector, String url, String outcome, int httpStatus, int attempts, long bytes,
                          String message, LoadReport load) {

    /** A 304, or a fetched file whose load succeeded. */
    public boolean succeeded() {
        return "not modified".equals(outcome) || load != null && load.succeeded();
    }
}
