package org.rives.writes;

/** The writer's line is full (or closed): the caller should try again later. */
public final class QueueFullException extends RuntimeException {

    public QueueFullException(String message) {
        super(message);
    }
}
