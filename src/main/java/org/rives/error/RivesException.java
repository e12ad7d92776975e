package org.rives.error;

/**
 * An error whose code, and so whose category, is decided where it is raised: the layer that knows
 * what went wrong says whose fault it is, and the API maps the code to a status once.
 */
public class RivesException extends RuntimeException {

    private final ErrorCode code;

    public RivesException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public RivesException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
