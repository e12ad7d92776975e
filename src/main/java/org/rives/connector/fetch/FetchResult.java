package org.rives.connector.fetch;

import java.nio.file.Path;

/**
 * The outcome of fetching a connector's remote file.
 *
 * @param file        the downloaded body, complete, in a temporary file the caller deletes; null
 *                    unless {@link Outcome#FETCHED}
 * @param httpStatus  the last HTTP status received, 0 when no response came
 * @param attempts    requests made, retries included
 * @param validators  the new ETag / Last-Modified, to be remembered once the file has loaded
 */
public record FetchResult(Outcome outcome, String url, Path file, long bytes, int httpStatus, int attempts,
                          Validators validators, String message) {

    /** What came of the fetch. */
    public enum Outcome {
        /** A complete new body is in {@code file}. */
        FETCHED("fetched"),
        /** The server answered 304: the file is the one already loaded. */
        NOT_MODIFIED("not modified"),
        /** No usable body: the reason is in {@code message}. */
        FAILED("failed");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
