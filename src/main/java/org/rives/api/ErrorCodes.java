package org.rives.api;

import org.rives.error.ErrorCode;

/** The code of an error that Spring raised itself, by the status it gave it. */
final class ErrorCodes {

    private ErrorCodes() {
    }

    static ErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> ErrorCode.REQUEST_INVALID;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.FORMAT_NOT_ACCEPTABLE;
            case 413 -> ErrorCode.UPLOAD_TOO_LARGE;
            case 415 -> ErrorCode.MEDIA_TYPE_UNSUPPORTED;
            default -> status >= 400 && status < 500 ? ErrorCode.REQUEST_INVALID : ErrorCode.INTERNAL_ERROR;
        };
    }
}
