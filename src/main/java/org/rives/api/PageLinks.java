package org.rives.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The paging totals of a paged answer, in headers so that a CSV reader sees them too: {@code X-Total-Count}
 * (every matching row) and an RFC 8288 {@code Link} to the first, previous, next and last pages, each the
 * request's own URL with its {@code page} replaced.
 */
final class PageLinks {

    static final String TOTAL = "X-Total-Count";

    private PageLinks() {
    }

    static void write(HttpServletResponse response, long total, int page, int size) {
        response.setHeader(TOTAL, Long.toString(total));
        long last = Math.max(0, (total - 1) / size);
        List<String> links = new ArrayList<>();
        links.add(link(0, size, "first"));
        if (page > 0) {
            links.add(link(Math.min(page - 1, last), size, "prev"));
        }
        if (page < last) {
            links.add(link(page + 1, size, "next"));
        }
        links.add(link(last, size, "last"));
        response.setHeader("Link", String.join(", ", links));
    }

    /** {@code size=all}: every row in one answer, so there is no other page to link to. */
    static void writeAll(HttpServletResponse response, long total) {
        response.setHeader(TOTAL, Long.toString(total));
    }

    private static String link(long page, int size, String rel) {
        String url = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page)
                .replaceQueryParam("size", size).toUriString();
        return "<" + url + ">; rel=\"" + rel + "\"";
    }
}
