package org.rives.cache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the computed tables from the {@link TableCache} and gives them validators. A GET of a cached
 * path is looked up by its {@link RequestKey} and the store's version: a hit is answered from memory; a
 * miss is computed, held (up to a limit) and kept when it succeeded. Every successful answer carries a
 * strong {@code ETag} and a {@code Last-Modified} from the version, so {@code If-None-Match} and
 * {@code If-Modified-Since} get {@code 304 Not Modified}. Errors are neither kept nor tagged: a 400 stays
 * a 400 whatever the client sends.
 */
public final class CacheFilter extends OncePerRequestFilter {

    private final TableCache cache;
    private final StoreVersions versions;
    private final Predicate<String> cachedPath;
    private final int maxEntryBytes;

    /** @param cachedPath which request paths (without the context path) hold tables worth keeping */
    public CacheFilter(TableCache cache, StoreVersions versions, Predicate<String> cachedPath, int maxEntryBytes) {
        this.cache = cache;
        this.versions = versions;
        this.cachedPath = cachedPath;
        this.maxEntryBytes = maxEntryBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !cachedPath.test(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestKey key = RequestKey.of(request);
        StoreVersion version = versions.current();
        Validators validators = new Validators(version, key);
        if (validators.entityTagMatches(request)) {
            notModified(response, validators);
            return;
        }
        CachedAnswer hit = cache.get(key.text(), version);
        if (hit != null) {
            answer(request, response, hit, validators);
            return;
        }
        BodyCapture capture = new BodyCapture(response, maxEntryBytes, () -> tagIfSuccessful(response, validators));
        chain.doFilter(request, capture);
        if (capture.streamed()) {
            capture.finishStreaming();
        } else if (response.getStatus() == HttpServletResponse.SC_OK && !capture.errorSent()) {
            CachedAnswer computed = new CachedAnswer(headers(response), capture.body());
            cache.put(key.text(), version, computed);
            answer(request, response, computed, validators);
        } else if (!capture.errorSent()) {
            send(response, capture.body());
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, CachedAnswer answer,
                        Validators validators) throws IOException {
        answer.headers().forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        if (validators.notModifiedSince(request)) {
            notModified(response, validators);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        validators.write(response);
        send(response, answer.body());
    }

    private void notModified(HttpServletResponse response, Validators validators) {
        cache.countNotModified();
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        validators.write(response);
    }

    private static void tagIfSuccessful(HttpServletResponse response, Validators validators) {
        if (response.getStatus() == HttpServletResponse.SC_OK) {
            validators.write(response);
        }
    }

    private static void send(HttpServletResponse response, byte[] body) throws IOException {
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The headers the answer was given, to give them again with the body. */
    private static Map<String, List<String>> headers(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            headers.put(name, List.copyOf(new ArrayList<>(response.getHeaders(name))));
        }
        return headers;
    }
}
