package org.rives.error;

/**
 * Whose fault an error is, decided where the error is raised. The caller can fix their request; a
 * publisher's file or service must be fixed by, or reported to, the publisher; an internal error
 * (the store, a misconfiguration, a bug) is the operator's to fix and is never blamed on the caller.
 */
public enum ErrorCategory {
    /** The request was wrong: a parameter, a format, a token, a size. Answered with a 4xx status. */
    CALLER,
    /** A publisher's file or service failed: unreadable, unreachable. */
    PUBLISHER,
    /** This server failed: its store, its configuration, its code. Answered with a 5xx status. */
    INTERNAL
}
