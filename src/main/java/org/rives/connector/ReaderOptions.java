package org.rives.connector;

/**
 * The options a {@link FeedReader} parsed from its block of a connector: a record of the reader's own.
 * A format without options uses {@link #NONE}.
 */
public interface ReaderOptions {

    /** No options. */
    ReaderOptions NONE = new None();

    /** The options of a format that takes none. */
    record None() implements ReaderOptions {
    }
}
