package org.rives.cache;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the computed tables from the {@link TableCache} and gives them validators. A GET of a cached
 * path is looked up by its {@link RequestKey} and the store's version: a hit is answered from memory; a
 * miss is computed, held (up to a limit) and kept when it succeeded; requests for an answer being computed
 * wait for it rather than compute it again. Every successful answer carries a
 * strong {@code ETag} and a {@code Last-Modified} from the version, so {@code If-None-Match} and
 * {@code If-Modified-Since} get {@code 304 Not Modified}. Errors are neither kept nor tagged: a 400 stays
 * a 400 whatever the client sends.
 */
public final class CacheFilter extends OncePerRequestFilter {

    private final TableCache cache;
    private final StoreVersions versions;
    private final Predicate<String> cachedPath;
    private final int maxEntryBytes;
    /**
     * The answers being computed: when a load commits, every client asks again at once, and the same table
     * would be computed once per request; a request arriving while it is computed waits for it instead.
     */
    private final ConcurrentMap<Flight, CountDownLatch> computing = new ConcurrentHashMap<>();

    /** One answer being computed: a request at a store version. */
    private record Flight(String request, StoreVersion version) {
    }

    /** How long a request waits for the same answer computed by another before computing it itself. */
    static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(2);

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
        Flight flight = new Flight(key.text(), version);
        CountDownLatch mine = new CountDownLatch(1);
        CountDownLatch first = computing.putIfAbsent(flight, mine);
        if (first != null && awaitQuietly(first)) {
            hit = cache.get(key.text(), version);
            if (hit != null) {
                answer(request, response, hit, validators);
                return;
            }
        }
        try {
            compute(request, response, chain, key, version, validators);
        } finally {
            if (first == null) {
                computing.remove(flight, mine);
                mine.countDown();
            }
        }
    }

    /** Computes a missed answer through the chain, keeps it when it succeeded and is small enough, sends it. */
    private void compute(HttpServletRequest request, HttpServletResponse response, FilterChain chain, RequestKey key,
                         StoreVersion version, Validators validators) throws ServletException, IOException {
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

    /**
     * Waits for the request computing the same answer; false when interrupted. A wait longer than
     * {@link #WAIT_FOR_FIRST} (an answer too large to keep, streamed to a slow client) is given up and the
     * answer computed again.
     */
    private static boolean awaitQuietly(CountDownLatch first) {
        try {
            return first.await(WAIT_FOR_FIRST.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
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
