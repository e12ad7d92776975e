package org.rives.connector.fetch;

import java.nio.file.Path;

/**
 * The outcome of fetching a connector's remote file.
 *
 * @param file        the downloaded body, complete, in a temporary file the caller deletes; null
 *                    unless {@link Outcome#FETCHED}
 * @param httpStatus  the last HTTP status received, 0 when no response came
 * @param attempts    requests made, retries, pages and polls included
 * @param validators  the new ETag / Last-Modified, to be remembered once the file has loaded
 * @param fileName    the name the publisher gives the file (Content-Disposition, or the archive member),
 *                    null when it gives none
 */
public record FetchResult(Outcome outcome, String url, Path file, long bytes, int httpStatus, int attempts,
                          Validators validators, String message, String fileName) {

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

    static FetchResult failed(String url, int status, int attempts, String message) {
        return new FetchResult(Outcome.FAILED, url, null, 0, status, attempts, Validators.NONE, message, null);
    }

    /** This result, failed with {@code message} (a later stage refused the body). */
    FetchResult failing(String message) {
        return new FetchResult(Outcome.FAILED, url, null, 0, httpStatus, attempts, Validators.NONE, message, null);
    }

    /** This result with the body replaced by {@code other} (pages joined, a member extracted). */
    FetchResult withFile(Path other, long size, String name, String note) {
        return new FetchResult(outcome, url, other, size, httpStatus, attempts, validators, note, name);
    }

    /** This result, counting {@code more} requests made on its behalf (pages, polls). */
    FetchResult plusAttempts(int more) {
        return new FetchResult(outcome, url, file, bytes, httpStatus, attempts + more, validators, message, fileName);
    }
}
