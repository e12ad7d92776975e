package org.rives.connector.fetch;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Downloads a file over HTTP(S): a conditional GET with the validators of the last load, timeouts on
 * connecting, on the headers and on a stalled body, bounded retries with doubling waits on server errors
 * and network failures (or the wait the server names in {@code Retry-After}), a size limit, and a check
 * that the body is as long as the server announced. The body goes to a temporary file, never into memory.
 */
public final class Fetcher {

    private final FetchSettings settings;
    private final Sleeper sleeper;
    private final RequestAttempt attempt;

    /** Waits between tries; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * One download.
     *
     * @param accept      media type to ask for, or null for any
     * @param validators  of the copy already loaded, sent so that an unchanged file gives a 304
     * @param maxBytes    the largest body accepted
     * @param workDir     where the temporary file goes
     */
    public record Request(URI url, String accept, Validators validators, long maxBytes, Path workDir,
                          FetchProgress progress) {
        public Request {
            validators = validators == null ? Validators.NONE : validators;
            progress = progress == null ? FetchProgress.NONE : progress;
        }
    }

    public Fetcher(FetchSettings settings) {
        this(settings, duration -> Thread.sleep(duration.toMillis()));
    }

    public Fetcher(FetchSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.attempt = new RequestAttempt(client, settings);
    }

    public FetchSettings settings() {
        return settings;
    }

    Sleeper sleeper() {
        return sleeper;
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
     */
    public FetchResult fetch(URI url, String accept, Validators previous, Long maxBytes, Path workDir)
            throws InterruptedException {
        return fetch(new Request(url, accept, previous, maxBytes == null ? settings.maxBytes() : maxBytes, workDir,
                FetchProgress.NONE));
    }

    public FetchResult fetch(Request request) throws InterruptedException {
        int attempts = 0;
        while (true) {
            attempts++;
            RequestAttempt.Answer last = attempt.run(request);
            FetchResult result = last.result();
            if (!last.retry()) {
                return counted(result, attempts, "");
            }
            if (attempts >= settings.maxAttempts()) {
                return counted(result, attempts, " (gave up after " + attempts + " tries)");
            }
            Duration wait = last.retryAfter() != null ? last.retryAfter() : settings.backoffAfter(attempts);
            if (wait.compareTo(settings.maxRetryAfter()) > 0) {
                return counted(result, attempts, "; the server asks to retry after " + wait.toSeconds()
                        + " s (Retry-After), longer than the " + settings.maxRetryAfter().toSeconds()
                        + " s Rives waits: the next refresh tries again");
            }
            sleeper.sleep(wait);
        }
    }

    private static FetchResult counted(FetchResult r, int attempts, String note) {
        return new FetchResult(r.outcome(), r.url(), r.file(), r.bytes(), r.httpStatus(), attempts, r.validators(),
                r.message() + note, r.fileName());
    }
}
