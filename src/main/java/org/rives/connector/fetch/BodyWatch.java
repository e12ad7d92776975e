package org.rives.connector.fetch;

import java.io.IOException;

/** A response body being received, watched so that a transfer that stops flowing can be abandoned. */
interface BodyWatch {

    /** {@link System#nanoTime()} when bytes last arrived. */
    long lastActivityNanos();

    /** Stops the transfer; the body's future fails with {@code reason}. */
    void abort(IOException reason);
}
