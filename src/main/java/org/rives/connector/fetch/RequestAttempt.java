package org.rives.connector.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.rives.connector.fetch.FetchResult.Outcome;
import org.rives.connector.fetch.FileBodySubscriber.Received;

/**
 * One HTTP request of a fetch: sent to the (possibly rewritten) address, its body streamed to a temporary
 * file, its answer turned into a result and a verdict on whether another try could do better.
 */
final class RequestAttempt {

    private static final String USER_AGENT = "Rives/0.1 (migration statistics aggregator of the 5+5 Dialogue)";

    /** What one request gave; {@code retryAfter} is what the server asked to wait, if it said. */
    record Answer(FetchResult result, boolean retry, Duration retryAfter) {
    }

    private final HttpClient client;
    private final FetchSettings settings;

    RequestAttempt(HttpClient client, FetchSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    Answer run(Fetcher.Request request) throws InterruptedException {
        String url = request.url().toString();
        Path file;
        try {
            Files.createDirectories(request.workDir());
            file = Files.createTempFile(request.workDir(), "fetch-", ".part");
        } catch (IOException e) {
            return new Answer(FetchResult.failed(url, 0, 1, "cannot create a temporary file in "
                    + request.workDir() + ": " + e.getMessage()), false, null);
        }
        Answer outcome;
        try {
            outcome = exchange(request, file);
        } catch (IOException e) {
            outcome = new Answer(FetchResult.failed(url, 0, 1, describe(e)),
                    !(e instanceof FileBodySubscriber.TooLargeException), null);
        }
        if (outcome.result().outcome() != Outcome.FETCHED) {
            deleteQuietly(file);
        }
        return outcome;
    }

    private Answer exchange(Fetcher.Request request, Path file) throws IOException, InterruptedException {
        String url = request.url().toString();
        AtomicReference<BodyWatch> body = new AtomicReference<>();
        HttpResponse<Received> response = await(client.sendAsync(httpRequest(request),
                FileBodySubscriber.handler(file, request.maxBytes(), body, request.progress(), url)), body);
        int status = response.statusCode();
        if (status == 304) {
            return new Answer(new FetchResult(Outcome.NOT_MODIFIED, url, null, 0, status, 1, request.validators(),
                    "not modified since the last load", null), false, null);
        }
        if (status != 200 && status != 202) {
            String said = PublisherMessage.of(response.body().errorText());
            boolean transientError = status >= 500 || status == 408 || status == 429;
            Duration retryAfter = status == 429 || status == 503
                    ? RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), Instant.now())
                            .orElse(null)
                    : null;
            return new Answer(FetchResult.failed(url, status, 1, "the server answered HTTP " + status
                    + (said.isEmpty() ? "" : ": " + said)), transientError, retryAfter);
        }
        long bytes = response.body().bytes();
        OptionalLong announced = response.headers().firstValueAsLong("Content-Length");
        if (announced.isPresent() && announced.getAsLong() != bytes) {
            return new Answer(FetchResult.failed(url, status, 1, "truncated body: " + bytes + " bytes received, "
                    + announced.getAsLong() + " announced"), true, null);
        }
        Validators validators = new Validators(response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
        String name = DisplayNames.fromContentDisposition(response.headers().firstValue("Content-Disposition")
                .orElse(null));
        return new Answer(new FetchResult(Outcome.FETCHED, url, file, bytes, status, 1, validators,
                "fetched " + bytes + " bytes", name), false, null);
    }

    private HttpRequest httpRequest(Fetcher.Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(settings.rewrite().apply(request.url())).GET()
                .timeout(settings.headerTimeout())
                .header("User-Agent", USER_AGENT);
        if (request.accept() != null) {
            builder.header("Accept", request.accept());
        }
        if (request.validators().etag() != null) {
            builder.header("If-None-Match", request.validators().etag());
        }
        if (request.validators().lastModified() != null) {
            builder.header("If-Modified-Since", request.validators().lastModified());
        }
        return builder.build();
    }

    /**
     * Waits for the response while watching the body: the header timeout is the client's own, the
     * read timeout is a silence of that length between two chunks of the body.
     */
    private HttpResponse<Received> await(CompletableFuture<HttpResponse<Received>> future,
                                         AtomicReference<BodyWatch> body) throws IOException, InterruptedException {
        long readTimeout = settings.readTimeout().toNanos();
        long poll = Math.max(10, Math.min(250, settings.readTimeout().toMillis() / 4));
        while (true) {
            try {
                return future.get(poll, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                BodyWatch watch = body.get();
                if (watch != null && System.nanoTime() - watch.lastActivityNanos() > readTimeout) {
                    watch.abort(stalled());
                    future.cancel(true);
                }
            } catch (ExecutionException e) {
                throw unwrap(e.getCause());
            } catch (CancellationException e) {
                throw stalled();
            } catch (InterruptedException e) {
                future.cancel(true);
                throw e;
            }
        }
    }

    private HttpTimeoutException stalled() {
        return new HttpTimeoutException("no data for " + settings.readTimeout().toMillis() + " ms while reading the body");
    }

    private static IOException unwrap(Throwable cause) {
        Throwable t = cause;
        while (!(t instanceof IOException) && t != null && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof IOException io ? io : new IOException(String.valueOf(cause), cause);
    }

    private static String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "timed out: " + e.getMessage();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("EOF") || message.contains("bytes received") || message.contains("content-length")) {
            return "truncated body: the connection closed early (" + message + ")";
        }
        return e instanceof FileBodySubscriber.TooLargeException ? "too large: " + message
                : "network error: " + message;
    }

    static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a stray temporary file is harmless
        }
    }
}
