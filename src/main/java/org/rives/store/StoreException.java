package org.rives.store;

import org.rives.error.ErrorCode;
import org.rives.error.RivesException;

/** The store could not do what was asked (the file is locked, a query failed): never the caller's fault. */
public class StoreException extends RivesException {

    public StoreException(String message, Throwable cause) {
        super(ErrorCode.STORE_FAILURE, message, cause);
    }

    public StoreException(String message) {
        super(ErrorCode.STORE_FAILURE, message);
    }
}
