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
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.rives.connector.fetch.FetchResult.Outcome;

/**
 * Downloads a connector's remote file over HTTP(S): a conditional GET with the validators of the last
 * load, timeouts on connecting, on the headers and on a stalled body, bounded retries with doubling
 * waits on server errors and network failures, a size limit, and a check that the body is as long as
 * the server announced. The body goes to a temporary file, never into memory.
 */
public final class Fetcher {

    private static final String USER_AGENT = "Rives/0.1 (migration statistics aggregator of the 5+5 Dialogue)";

    private final HttpClient client;
    private final FetchSettings settings;
    private final Sleeper sleeper;

    /** Waits between tries; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public Fetcher(FetchSettings settings) {
        this(settings, duration -> Thread.sleep(duration.toMillis()));
    }

    public Fetcher(FetchSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Fetches {@code url} into a new file under {@code workDir}.
     *
     * @param previous  validators of the copy already loaded; sent so an unchanged file gives a 304
     * @param maxBytes  the connector's own limit, or null for the default
     */
    public FetchResult fetch(URI url, Validators previous, Long maxBytes, Path workDir) throws InterruptedException {
        return fetch(url, null, previous, maxBytes, workDir);
    }

    /**
     * As {@link #fetch(URI, Validators, Long, Path)}, asking for a media type where the publisher's service
     * chooses its format by the Accept header.
     *
     * @param accept the media type to ask for, or null for any
     */
    public FetchResult fetch(URI url, String accept, Validators previous, Long maxBytes, Path workDir)
            throws InterruptedException {
        long limit = maxBytes == null ? settings.maxBytes() : maxBytes;
        int attempts = 0;
        Attempt last;
        do {
            if (attempts > 0) {
                sleeper.sleep(settings.backoffAfter(attempts));
            }
            attempts++;
            last = once(url, accept, previous, limit, workDir);
        } while (last.retry() && attempts < settings.maxAttempts());
        FetchResult r = last.result();
        String message = last.retry() ? r.message() + " (gave up after " + attempts + " tries)" : r.message();
        return new FetchResult(r.outcome(), r.url(), r.file(), r.bytes(), r.httpStatus(), attempts, r.validators(),
                message);
    }

    /** One request; {@code retry} says whether another try could do better. */
    private record Attempt(FetchResult result, boolean retry) {
    }

    private Attempt once(URI url, String accept, Validators previous, long limit, Path workDir)
            throws InterruptedException {
        Path file;
        try {
            Files.createDirectories(workDir);
            file = Files.createTempFile(workDir, "fetch-", ".part");
        } catch (IOException e) {
            return new Attempt(failed(url, 0, "cannot create a temporary file in " + workDir + ": " + e.getMessage()),
                    false);
        }
        Attempt attempt;
        try {
            attempt = exchange(url, accept, previous, limit, file);
        } catch (IOException e) {
            attempt = new Attempt(failed(url, 0, describe(e)), !(e instanceof FileBodySubscriber.TooLargeException));
        }
        if (attempt.result().outcome() != Outcome.FETCHED) {
            deleteQuietly(file);
        }
        return attempt;
    }

    private Attempt exchange(URI url, String accept, Validators previous, long limit, Path file)
            throws IOException, InterruptedException {
        AtomicReference<FileBodySubscriber> body = new AtomicReference<>();
        HttpResponse.BodyHandler<Long> handler = FileBodySubscriber.handler(file, limit, body);
        HttpResponse<Long> response = await(client.sendAsync(request(url, accept, previous), handler), body);
        int status = response.statusCode();
        if (status == 304) {
            return new Attempt(new FetchResult(Outcome.NOT_MODIFIED, url.toString(), null, 0, status, 0, previous,
                    "not modified since the last load"), false);
        }
        if (status != 200) {
            boolean transient5xx = status >= 500 || status == 408 || status == 429;
            return new Attempt(failed(url, status, "the server answered HTTP " + status), transient5xx);
        }
        long bytes = response.body();
        OptionalLong announced = response.headers().firstValueAsLong("Content-Length");
        if (announced.isPresent() && announced.getAsLong() != bytes) {
            return new Attempt(failed(url, status, "truncated body: " + bytes + " bytes received, "
                    + announced.getAsLong() + " announced"), true);
        }
        Validators validators = new Validators(response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
        return new Attempt(new FetchResult(Outcome.FETCHED, url.toString(), file, bytes, status, 0, validators,
                "fetched " + bytes + " bytes"), false);
    }

    private HttpRequest request(URI url, String accept, Validators previous) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).GET()
                .timeout(settings.headerTimeout())
                .header("User-Agent", USER_AGENT);
        if (accept != null) {
            builder.header("Accept", accept);
        }
        if (previous.etag() != null) {
            builder.header("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null) {
            builder.header("If-Modified-Since", previous.lastModified());
        }
        return builder.build();
    }

    /**
     * Waits for the response while watching the body: the header timeout is the client's own, the
     * read timeout is a silence of that length between two chunks of the body.
     */
    private HttpResponse<Long> await(CompletableFuture<HttpResponse<Long>> future,
                                     AtomicReference<FileBodySubscriber> body) throws IOException, InterruptedException {
        long readTimeout = settings.readTimeout().toNanos();
        long poll = Math.max(10, Math.min(250, settings.readTimeout().toMillis() / 4));
        while (true) {
            try {
                return future.get(poll, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                FileBodySubscriber subscriber = body.get();
                if (subscriber != null && System.nanoTime() - subscriber.lastActivityNanos() > readTimeout) {
                    subscriber.abort(new HttpTimeoutException("no data for " + settings.readTimeout().toMillis()
                            + " ms while reading the body"));
                    future.cancel(true);
                }
            } catch (ExecutionException e) {
                throw unwrap(e.getCause());
            } catch (java.util.concurrent.CancellationException e) {
                throw new HttpTimeoutException("no data for " + settings.readTimeout().toMillis()
                        + " ms while reading the body");
            } catch (InterruptedException e) {
                future.cancel(true);
                throw e;
            }
        }
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

    private static FetchResult failed(URI url, int status, String message) {
        return new FetchResult(Outcome.FAILED, url.toString(), null, 0, status, 0, Validators.NONE, message);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray temporary file is harmless
        }
    }
}
