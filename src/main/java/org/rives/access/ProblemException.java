package org.rives.access;

import org.rives.error.ErrorCode;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal with its RFC 9457 problem document, and its code, decided where it is raised; unlike a plain
 * {@link org.rives.error.RivesException} it carries headers ({@code WWW-Authenticate}, {@code Retry-After}).
 */
public class ProblemException extends ErrorResponseException {

    private final ErrorCode code;

    protected ProblemException(ErrorCode code, String detail) {
        super(HttpStatusCode.valueOf(code.status()), Problems.of(code, detail), null);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
