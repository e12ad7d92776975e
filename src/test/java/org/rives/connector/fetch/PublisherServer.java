package org.rives.connector.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 and a free port, standing in for a publisher: each path answers
 * with a scripted behaviour (a file with an ETag, 304 on a matching If-None-Match, errors, a slow or
 * truncated or oversized answer). Slow handlers wait on a latch that {@link #close} releases, so no
 * test waits for them.
 */
public final class PublisherServer implements AutoCloseable {

    /** How one path answers; {@code request} counts from 1. */
    @FunctionalInterface
    public interface Behaviour {
        void answer(HttpExchange exchange, int request, PublisherServer server) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Behaviour> paths = new ConcurrentHashMap<>();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    public PublisherServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public PublisherServer on(String path, Behaviour behaviour) {
        paths.put(path, behaviour);
        return this;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public int requests(String path) {
        return counts.getOrDefault(path, 0);
    }

    /** The If-None-Match header of every request, "-" where absent. */
    public List<String> ifNoneMatchSeen() {
        return List.copyOf(ifNoneMatch);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        int n = counts.merge(path, 1, Integer::sum);
        String tag = exchange.getRequestHeaders().getFirst("If-None-Match");
        ifNoneMatch.add(tag == null ? "-" : tag);
        Behaviour behaviour = paths.get(path);
        try {
            if (behaviour == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                behaviour.answer(exchange, n, this);
            }
        } finally {
            exchange.close();
        }
    }

    /** Waits until the test ends (or a minute at most): a server that has stopped answering. */
    public void stall() {
        try {
            release.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Serves bytes with an ETag, or 304 when the client already holds that ETag. */
    public static Behaviour file(byte[] body, String etag) {
        return (exchange, request, server) -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Last-Modified", "Wed, 02 Jul 2025 10:00:00 GMT");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    public static Behaviour status(int code) {
        return (exchange, request, server) -> exchange.sendResponseHeaders(code, -1);
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
