package org.rives.error;

import java.util.Locale;

/**
 * The stable codes of Rives's errors. A code never changes meaning once published: clients may switch
 * on it. Each has its category, the HTTP status it is answered with, and a short title; the API writes
 * it as an RFC 9457 problem whose {@code type} is {@link #type()} and whose {@code code} is its name.
 */
public enum ErrorCode {

    /** A query parameter this endpoint does not have (a typo such as {@code indicatr=}). */
    PARAMETER_UNKNOWN(ErrorCategory.CALLER, 400, "Unknown parameter"),
    /** A parameter the request needs was not given. */
    PARAMETER_MISSING(ErrorCategory.CALLER, 400, "Missing parameter"),
    /** A parameter's value is not one it accepts (malformed, unknown code, out of range). */
    PARAMETER_INVALID(ErrorCategory.CALLER, 400, "Invalid parameter"),
    /** Parameters valid alone that do not go together ({@code from} after {@code to}, a ratio with a scale). */
    PARAMETER_CONFLICT(ErrorCategory.CALLER, 400, "Conflicting parameters"),
    /** The format asked for ({@code format=} or {@code Accept}) is not one this endpoint gives. */
    FORMAT_NOT_ACCEPTABLE(ErrorCategory.CALLER, 406, "Format not available"),
    /** A request Rives cannot read for another reason (a malformed body, a bad header). */
    REQUEST_INVALID(ErrorCategory.CALLER, 400, "Bad request"),
    /** The request body's media type is not one this endpoint reads. */
    MEDIA_TYPE_UNSUPPORTED(ErrorCategory.CALLER, 415, "Unsupported media type"),
    /** No such resource: a path, a load id. */
    NOT_FOUND(ErrorCategory.CALLER, 404, "Not found"),
    /** A connector id this installation does not have. */
    CONNECTOR_UNKNOWN(ErrorCategory.CALLER, 404, "Unknown connector"),
    /** The path exists but not with this HTTP method. */
    METHOD_NOT_ALLOWED(ErrorCategory.CALLER, 405, "Method not allowed"),
    /** A write without a token. */
    AUTHENTICATION_REQUIRED(ErrorCategory.CALLER, 401, "Unauthorized"),
    /** A write with a token that does not allow it, or to a server that takes no writes. */
    ACCESS_FORBIDDEN(ErrorCategory.CALLER, 403, "Forbidden"),
    /** An upload above the server's size limit. */
    UPLOAD_TOO_LARGE(ErrorCategory.CALLER, 413, "File too large"),
    /** An upload asked to do what its step does not allow (commit while its dry run still runs, cancel a commit). */
    UPLOAD_CONFLICT(ErrorCategory.CALLER, 409, "Conflict"),
    /** A token that already holds as many uploads awaiting commit or cancel as the server keeps. */
    UPLOADS_HELD_TOO_MANY(ErrorCategory.CALLER, 429, "Too many uploads held"),

    /** A publisher's file that cannot be read at all (wrong format, truncated, wrong encoding). */
    FEED_UNREADABLE(ErrorCategory.PUBLISHER, 422, "Publisher's file unreadable"),
    /** A publisher's service that did not answer, or answered with an error. */
    PUBLISHER_UNAVAILABLE(ErrorCategory.PUBLISHER, 502, "Publisher unavailable"),

    /** The store failed: locked by another process, a query that failed. */
    STORE_FAILURE(ErrorCategory.INTERNAL, 500, "Store error"),
    /** The installation is misconfigured: a catalogue or setting that cannot be used as it is. */
    CONFIGURATION_INVALID(ErrorCategory.INTERNAL, 500, "Server misconfigured"),
    /** The server does as much of this work at once as it allows (Parquet downloads); answered with Retry-After. */
    SERVER_BUSY(ErrorCategory.INTERNAL, 503, "Busy"),
    /** The server is still loading the samples of a new store: figures read now would be partial (Retry-After). */
    FIGURES_NOT_READY(ErrorCategory.INTERNAL, 503, "Figures not ready"),
    /** The samples a new store loads on start failed to load: the store holds part of them only (see the log). */
    FIGURES_NOT_LOADED(ErrorCategory.INTERNAL, 503, "Figures not loaded"),
    /** Anything else that went wrong inside the server. */
    INTERNAL_ERROR(ErrorCategory.INTERNAL, 500, "Internal error");

    private final ErrorCategory category;
    private final int status;
    private final String title;

    ErrorCode(ErrorCategory category, int status, String title) {
        this.category = category;
        this.status = status;
        this.title = title;
    }

    public ErrorCategory category() {
        return category;
    }

    /** The HTTP status the API answers with. */
    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The problem type: a URN naming the code, stable and independent of where the server runs. */
    public String type() {
        return "urn:rives:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
