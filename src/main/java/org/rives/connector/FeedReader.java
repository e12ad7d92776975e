package org.rives.connector;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one wire format and streams what it finds to a sink, cell by cell. One implementation per
 * format, never per publisher: the publisher's quirks come from its {@link ConnectorDefinition}.
 *
 * <p>Contract: a problem with the file (bad encoding, broken quoting, no header) is a
 * {@link FeedFormatException} naming line and column; an {@link IOException} means the bytes could
 * not be read at all. Problems with single rows go to {@link ObservationSink#reject} and reading
 * goes on.
 */
public interface FeedReader {

    /** The {@code format} value that selects this reader in a connector definition. */
    String format();

    void read(InputStream input, String fileName, ConnectorDefinition definition, ObservationSink sink)
            throws IOException, FeedFormatException;
}
