package org.rives.access;

import org.rives.error.ErrorCode;
import org.springframework.http.HttpHeaders;

/**
 * A request refused for who sent it: 401 (no token, or one that is not valid now), 403 (a valid token
 * outside its scope), answered as RFC 9457 problem JSON wherever it is thrown; {@link AccessFilter}
 * writes the same document itself.
 */
public final class AccessException extends ProblemException {

    private AccessException(ErrorCode code, String detail) {
        super(code, detail);
        if (code == ErrorCode.AUTHENTICATION_REQUIRED) {
            getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"rives\"");
        }
    }

    public static AccessException unauthorized(String detail) {
        return new AccessException(ErrorCode.AUTHENTICATION_REQUIRED, detail);
    }

    public static AccessException forbidden(String detail) {
        return new AccessException(ErrorCode.ACCESS_FORBIDDEN, detail);
    }
}
