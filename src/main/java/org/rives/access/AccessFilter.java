package org.rives.access;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one gate in front of every endpoint, run before Spring MVC reads anything of the request body:
 * <ul>
 *   <li>a token in the query string is refused (400), whatever the endpoint;</li>
 *   <li>every write (any method but GET, HEAD, OPTIONS) and the private reads (a caller's uploads, its
 *       audit, providers) need a valid token: 401 otherwise, before a byte of the body is parsed, so a
 *       malformed multipart body from a stranger costs nothing;</li>
 *   <li>a body announced larger than the server accepts is refused (413) before it is read.</li>
 * </ul>
 * Scope (which connectors a token may write) is checked by the endpoints, which know the connector.
 * Nothing here logs a token or a query string.
 */
final class AccessFilter extends OncePerRequestFilter {

    static final String CALLER = AccessFilter.class.getName() + ".caller";
    private static final Logger LOG = LoggerFactory.getLogger(AccessFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> PRIVATE_READS = List.of("/api/me", "/api/uploads", "/api/audit", "/api/providers");

    private final Authenticator authenticator;
    private final String legacyToken;
    private final long maxRequestBytes;

    AccessFilter(Authenticator authenticator, String legacyToken, long maxRequestBytes) {
        this.authenticator = authenticator;
        this.legacyToken = legacyToken;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<LeakedTokens.Leak> leak = LeakedTokens.find(request.getQueryString(), legacyToken);
        if (leak.isPresent()) {
            refuseLeak(response, path, leak.get());
            return;
        }
        if (needsToken(request.getMethod(), path)) {
            try {
                request.setAttribute(CALLER, authenticator.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION)));
            } catch (AccessException e) {
                LOG.warn("refused {} {} from {}: {}", request.getMethod(), path, request.getRemoteAddr(), e.getMessage());
                Problems.write(response, e, path);
                return;
            }
        }
        long announced = request.getContentLengthLong();
        if (announced > maxRequestBytes) {
            Problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "File too large", "the request announces "
                    + announced + " bytes; this server accepts " + Sizes.describe(maxRequestBytes)
                    + " at most (spring.servlet.multipart.max-request-size)", path);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean needsToken(String method, String path) {
        return !SAFE_METHODS.contains(method) || PRIVATE_READS.stream().anyMatch(p -> path.equals(p)
                || path.startsWith(p + "/"));
    }

    private static void refuseLeak(HttpServletResponse response, String path, LeakedTokens.Leak leak) throws IOException {
        String revoke = leak.tokenId() == null ? "treat it as exposed and have it replaced"
                : "revoke it (rives token revoke " + leak.tokenId() + ") and use a new one";
        LOG.warn("refused a request to {} carrying a token in its URL (parameter {}); the URL is not logged", path,
                leak.parameter());
        Problems.write(response, HttpStatus.BAD_REQUEST, "Token in the URL", "tokens are accepted only in the "
                + "Authorization header (Authorization: Bearer <token>); a URL is kept in histories and logs, so "
                + revoke, path);
    }
}
