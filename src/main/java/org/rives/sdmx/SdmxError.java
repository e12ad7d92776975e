package org.rives.sdmx;

import org.springframework.http.HttpStatus;

/**
 * The error categories of the SDMX 2.1 REST API, each with the SDMX error code of its error message
 * and the HTTP status the standard maps it to. Not acceptable has no SDMX code of its own: it is given
 * the first custom code, 1000.
 */
enum SdmxError {
    NO_RESULTS(100, HttpStatus.NOT_FOUND, "No results found"),
    SYNTAX(140, HttpStatus.BAD_REQUEST, "Syntax error"),
    SEMANTIC(150, HttpStatus.FORBIDDEN, "Semantic error"),
    NOT_ACCEPTABLE(1000, HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    INTERNAL(500, HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error"),
    NOT_IMPLEMENTED(501, HttpStatus.NOT_IMPLEMENTED, "Not implemented");

    private final int code;
    private final HttpStatus status;
    private final String title;

    SdmxError(int code, HttpStatus status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    int code() {
        return code;
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }
}
