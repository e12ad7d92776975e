package org.rives.connector;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * How the cancellation of a load reaches its reader: the load interrupts the reading thread, and the
 * input stream ({@link #guard}) and every sink ({@link #check}, at each row and new series) turn the
 * interrupt into a {@link ReadCancelledException}. The interrupt flag is left set for the caller.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /** Throws when the current thread has been interrupted. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ReadCancelledException();
        }
    }

    /** The input, checking for cancellation before each read. */
    public static InputStream guard(InputStream input) {
        return new FilterInputStream(input) {
            @Override
            public int read() throws IOException {
                check();
                return super.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                check();
                return super.read(buffer, offset, length);
            }

            @Override
            public long skip(long n) throws IOException {
                check();
                return super.skip(n);
            }
        };
    }
}
