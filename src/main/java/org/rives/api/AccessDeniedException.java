package org.rives.api;

import org.springframework.http.HttpStatus;

/** A write without the right token: 401 when none is given, 403 when uploads are off or it is wrong. */
class AccessDeniedException extends RuntimeException {

    private final HttpStatus status;

    AccessDeniedException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
