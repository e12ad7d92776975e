package org.rives.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.rives.connector.fetch.HostRewrite;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for every publisher at once, on 127.0.0.1: each recorded answer is served at the exact URL a
 * connector sends (scheme and host replaced through {@link #rewrite()}, path and query compared as sent, raw).
 * A request for any other URL gets 404 and is listed by {@link #unexpected()}; a route never asked for is
 * listed by {@link #unrequested()}. Answers carry an ETag and a Last-Modified and honour
 * {@code If-None-Match} and {@code If-Modified-Since} as a publisher's server does.
 */
public final class ReplayServer implements AutoCloseable {

    /** The Last-Modified of every recording: when the publishers' files were recorded. */
    public static final String RECORDED = "Mon, 01 Jun 2026 09:00:00 GMT";

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final long ZIP_TIME = java.time.Instant.parse("2026-06-01T09:00:00Z").toEpochMilli();

    /**
     * One recorded answer: {@code body} null for a query whose only known answer is "not modified since
     * {@code lastModified}" (a moved period window); {@code accept}, when set, is the media type the
     * request must ask for (406 otherwise).
     */
    public record Recording(byte[] body, String lastModified, String accept) {

        public static Recording of(byte[] body) {
            return new Recording(body, RECORDED, null);
        }

        public static Recording of(Path file) {
            try {
                return of(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A query the publisher answers 304 for, when asked with a date at or after {@code lastModified}. */
        public static Recording notModifiedSince(String lastModified) {
            return new Recording(null, lastModified, null);
        }

        public Recording gzipped() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Recording(out.toByteArray(), lastModified, accept);
        }

        public Recording asking(String mediaType) {
            return new Recording(body, lastModified, mediaType);
        }

        String etag() {
            return "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Recording> routes = new ConcurrentHashMap<>();
    private final Map<String, Integer> answered = new ConcurrentHashMap<>();
    private final Set<String> hosts = ConcurrentHashMap.newKeySet();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();

    public ReplayServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code recording} at {@code url}, the publisher's URL exactly as the connector sends it. */
    public ReplayServer record(String url, Recording recording) {
        URI uri = URI.create(url);
        hosts.add(uri.getScheme() + "://" + uri.getRawAuthority());
        routes.put(key(uri.getRawAuthority(), uri.getRawPath(), uri.getRawQuery()), recording);
        return this;
    }

    /** Every publisher origin recorded, sent to this server under a folder named after its host. */
    public HostRewrite rewrite() {
        return HostRewrite.parse(rewriteRules());
    }

    /** The same as {@code FROM=TO} entries, as {@code rives.fetch.rewrite} and {@code refresh --rewrite} take them. */
    public List<String> rewriteRules() {
        List<String> rules = new ArrayList<>();
        for (String origin : hosts) {
            rules.add(origin + "=http://127.0.0.1:" + server.getAddress().getPort() + "/"
                    + URI.create(origin).getRawAuthority());
        }
        return rules;
    }

    /** Publisher URLs asked for that no recording answers. */
    public List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    /** Recorded URLs nobody asked for. */
    public Set<String> unrequested() {
        Set<String> never = new LinkedHashSet<>(routes.keySet());
        never.removeAll(answered.keySet());
        return never;
    }

    /** How many times the URL was asked for. */
    public int requests(String url) {
        URI uri = URI.create(url);
        return answered.getOrDefault(key(uri.getRawAuthority(), uri.getRawPath(), uri.getRawQuery()), 0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawPath = exchange.getRequestURI().getRawPath();
            int slash = rawPath.indexOf('/', 1);
            String host = slash < 0 ? rawPath.substring(1) : rawPath.substring(1, slash);
            String path = slash < 0 ? "" : rawPath.substring(slash);
            String key = key(host, path, exchange.getRequestURI().getRawQuery());
            Recording recording = routes.get(key);
            if (recording == null) {
                unexpected.add("https://" + key);
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            answered.merge(key, 1, Integer::sum);
            answer(exchange, recording);
        }
    }

    private static void answer(HttpExchange exchange, Recording recording) throws IOException {
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        if (recording.accept() != null && !recording.accept().equals(accept)) {
            exchange.sendResponseHeaders(406, -1);
            return;
        }
        if (notModified(exchange, recording)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        if (recording.body() == null) {
            exchange.sendResponseHeaders(404, -1); // no body was recorded for this query
            return;
        }
        exchange.getResponseHeaders().add("ETag", recording.etag());
        exchange.getResponseHeaders().add("Last-Modified", recording.lastModified());
        exchange.sendResponseHeaders(200, recording.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(recording.body());
        }
    }

    private static boolean notModified(HttpExchange exchange, Recording recording) {
        String tag = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (tag != null) {
            return recording.body() != null && tag.equals(recording.etag());
        }
        String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        return since != null && !ZonedDateTime.parse(since, HTTP_DATE)
                .isBefore(ZonedDateTime.parse(recording.lastModified(), HTTP_DATE));
    }

    private static String key(String host, String path, String query) {
        return host + path + (query == null ? "" : "?" + query);
    }

    /** A zip of named members, for publishers that serve one (the members are the recorded bytes). */
    public static byte[] zip(Map<String, byte[]> members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                ZipEntry entry = new ZipEntry(member.getKey());
                entry.setTime(ZIP_TIME); // the same bytes every time the zip is built
                zip.putNextEntry(entry);
                zip.write(member.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
