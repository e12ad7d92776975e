package org.rives.access;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request refused for who sent it: 401 (no token, or one that is not valid now), 403 (a valid token
 * outside its scope, or uploads off). An {@link ErrorResponseException}, so Spring answers it as RFC 9457
 * problem JSON wherever it is thrown; {@link AccessFilter} writes the same document itself.
 */
public final class AccessException extends ErrorResponseException {

    private AccessException(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
        if (status == HttpStatus.UNAUTHORIZED) {
            getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"rives\"");
        }
    }

    public static AccessException unauthorized(String detail) {
        return new AccessException(HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
    }

    public static AccessException forbidden(String detail) {
        return new AccessException(HttpStatus.FORBIDDEN, "Forbidden", detail);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
