package org.rives.store;

import java.util.Collection;

import org.rives.error.ErrorCode;
import org.rives.error.RivesException;

/** A load named a connector this installation does not have. */
public class UnknownConnectorException extends RivesException {

    public UnknownConnectorException(String id, Collection<String> known) {
        super(ErrorCode.CONNECTOR_UNKNOWN, "unknown connector \"" + id + "\"; known connectors: "
                + String.join(", ", known));
    }
}
