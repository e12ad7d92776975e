package org.rives.connector.fetch;

/**
 * What a server said identifies the version of a file it sent ({@code ETag}, {@code Last-Modified}),
 * sent back on the next request so that an unchanged file costs a 304 and no bytes.
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }

    /**
     * Only the date, for another query of the same data (a moved period window): an ETag names one
     * representation, but "nothing changed since this date" holds for any part of the dataset.
     */
    public Validators dateOnly() {
        return new Validators(null, lastModified);
    }
}
