package org.rives.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A small HTTP load driver for when wrk is not installed: {@code HttpDriver URL THREADS REQUESTS SECONDS
 * [WARM-UP]}. Each thread sends one request at a time (closed loop) over a kept-alive connection; the first
 * {@code WARM-UP} seconds (15 when left out) run at the same concurrency and are not counted.
 */
public final class HttpDriver {

    private HttpDriver() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int threads = Integer.parseInt(args[1]);
        long requests = Long.parseLong(args[2]);
        double seconds = Double.parseDouble(args[3]);
        double warmUp = args.length > 4 ? Double.parseDouble(args[4]) : 15;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
        LatencyRun.Call call = () -> {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
        };
        LatencyRun.run(() -> call, threads, requests, warmUp); // warm-up
        System.out.println("web  (Java HttpClient, " + threads + " threads): "
                + LatencyRun.run(() -> call, threads, requests, seconds).describe());
    }
}
