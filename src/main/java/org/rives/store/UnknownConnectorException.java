package org.rives.store;

import java.util.Collection;

/** A load named a connector this installation does not have. */
public class UnknownConnectorException extends RuntimeException {

    public UnknownConnectorException(String id, Collection<String> known) {
        super("unknown connector \"" + id + "\"; known connectors: " + String.join(", ", known));
    }
}
