package org.rives.cache;

import java.time.Instant;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The validators of one answer at one store version (RFC 9110 §8.8, §13): a strong {@code ETag} and a
 * {@code Last-Modified}, and the caching the answer allows. An {@code asOf=} answer reads a past that
 * no load can change, so it may be kept a year without asking again; a current answer may be kept but
 * must be revalidated ({@code no-cache}), which costs the client a {@code 304}.
 */
final class Validators {

    static final String CURRENT = "no-cache";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final String entityTag;
    private final Instant lastModified;
    private final boolean immutable;

    Validators(StoreVersion version, RequestKey key) {
        this.entityTag = version.entityTag(key.hash());
        this.lastModified = version.lastModified();
        this.immutable = key.asOf();
    }

    /**
     * {@code If-None-Match} names this answer's tag (weak comparison, as RFC 9110 asks for GET). The tag
     * hashes the request, and only a successful answer was ever given one, so a match needs no recomputing;
     * {@code *} is not taken, since it would turn a request that fails into a 304.
     */
    boolean entityTagMatches(HttpServletRequest request) {
        String header = request.getHeader("If-None-Match");
        return header != null && Arrays.stream(header.split(","))
                .map(tag -> tag.strip().replaceFirst("^W/", ""))
                .anyMatch(entityTag::equals);
    }

    /** {@code If-Modified-Since} is not before the last commit; ignored when {@code If-None-Match} is sent. */
    boolean notModifiedSince(HttpServletRequest request) {
        if (request.getHeader("If-None-Match") != null) {
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            return false; // an invalid date is ignored (RFC 9110 §13.1.3)
        }
        return since >= 0 && !lastModified.isAfter(Instant.ofEpochMilli(since));
    }

    void write(HttpServletResponse response) {
        response.setHeader("ETag", entityTag);
        response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        response.setHeader("Cache-Control", immutable ? IMMUTABLE : CURRENT);
        if (response.getHeaders("Vary").stream().noneMatch(vary -> vary.contains("Accept"))) {
            response.addHeader("Vary", "Accept"); // the key holds the Accept header: so must a proxy's
        }
    }
}
