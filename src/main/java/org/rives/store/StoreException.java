package org.rives.store;

/** The store could not do what was asked (the file is locked, a query failed). */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
