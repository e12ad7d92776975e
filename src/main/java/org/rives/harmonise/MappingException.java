package org.rives.harmonise;

/** A connector's mapping does not fit the file it is given (a column it names is absent, say). */
public class MappingException extends RuntimeException {

    public MappingException(String message) {
        super(message);
    }
}
