package org.rives.access;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A request refused for who sent it: 401 (no token, or one that is not valid now), 403 (a valid token
 * outside its scope, or uploads off), answered as RFC 9457 problem JSON wherever it is thrown;
 * {@link AccessFilter} writes the same document itself.
 */
public final class AccessException extends ProblemException {

    private AccessException(HttpStatus status, String title, String detail) {
        super(status, title, detail);
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
}
