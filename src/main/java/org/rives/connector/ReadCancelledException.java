package org.rives.connector;

/**
 * The load was cancelled while a reader was reading: thrown by the input stream and the sink a reader
 * is given (see {@link Cancellation}). Readers let it through.
 */
public class ReadCancelledException extends RuntimeException {

    public ReadCancelledException() {
        super("the load was cancelled while the file was read");
    }
}
