package org.rives.connector.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rives.connector.ConnectorDefinition.Remote.Async;
import org.rives.connector.fetch.FetchResult.Outcome;

/**
 * A publisher that answers a large query later: instead of the data, a short XML message with a key and a
 * status (Eurostat's SDMX API: {@code <key>0f16…</key><status>SUBMITTED</status>}). Rives then asks the
 * status URL, waiting longer each time (the fetch back-off, doubling), until the status is AVAILABLE and
 * the data URL serves the file, or until the wait reaches its limit; then the fetch fails with the key and
 * the next refresh asks again (Eurostat answers a repeated query from its cache). A status of EXPIRED or
 * anything unknown fails at once.
 */
final class AsyncExtraction {

    private static final long SMALL = 64 * 1024;
    private static final Pattern KEY = Pattern.compile("<(?:\\w+:)?key>\\s*([^<\\s]+)\\s*</");
    private static final Pattern STATUS = Pattern.compile("<(?:\\w+:)?status>\\s*([A-Z_]+)\\s*</");
    private static final Set<String> WAITING = Set.of("SUBMITTED", "PROCESSING");

    private final Fetcher fetcher;

    AsyncExtraction(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** The key, when {@code body} is an answer for later rather than the data. */
    static Optional<String> key(Path body) throws IOException {
        if (Files.size(body) > SMALL) {
            return Optional.empty();
        }
        String text = Files.readString(body, StandardCharsets.ISO_8859_1);
        Matcher key = KEY.matcher(text);
        String status = status(text);
        boolean pending = status != null && (WAITING.contains(status) || "AVAILABLE".equals(status));
        return text.stripLeading().startsWith("<") && pending && key.find() ? Optional.of(key.group(1)) : Optional.empty();
    }

    /** Waits for the extraction {@code key} and fetches its data as {@code original} would have been. */
    FetchResult await(Async spec, String key, Fetcher.Request original) throws InterruptedException, IOException {
        FetchSettings settings = fetcher.settings();
        Duration limit = spec.maxWait() == null ? settings.asyncMaxWait() : Duration.parse(spec.maxWait());
        Duration waited = Duration.ZERO;
        Duration wait = settings.firstBackoff();
        for (int polls = 1; ; polls++) {
            String status = pollStatus(spec, key, original.workDir());
            if ("AVAILABLE".equals(status)) {
                return data(spec, key, original).plusAttempts(polls);
            }
            if (!WAITING.contains(status)) {
                return FetchResult.failed(original.url().toString(), 0, polls, "the publisher's asynchronous "
                        + "extraction " + key + " ended with status " + status);
            }
            if (waited.compareTo(limit) >= 0) {
                return FetchResult.failed(original.url().toString(), 0, polls, "the publisher was still preparing "
                        + "the extraction (key " + key + ", status " + status + ") after " + waited.toSeconds()
                        + " s; the next refresh asks again");
            }
            Duration next = min(wait, limit.minus(waited));
            fetcher.sleeper().sleep(next);
            waited = waited.plus(next);
            wait = min(wait.multipliedBy(2), settings.maxBackoff());
        }
    }

    /** The status the publisher gives now, or a sentence saying why there is none. */
    private String pollStatus(Async spec, String key, Path workDir) throws InterruptedException, IOException {
        FetchResult answer = fetcher.fetch(new Fetcher.Request(URI.create(spec.status().replace("{key}", key)), null,
                Validators.NONE, SMALL, workDir, FetchProgress.NONE));
        if (answer.outcome() != Outcome.FETCHED) {
            return "unknown (" + answer.message() + ")";
        }
        try {
            String status = status(Files.readString(answer.file(), StandardCharsets.ISO_8859_1));
            return status == null ? "unknown (no status in the answer)" : status;
        } finally {
            Files.deleteIfExists(answer.file());
        }
    }

    private FetchResult data(Async spec, String key, Fetcher.Request original) throws InterruptedException {
        FetchResult data = fetcher.fetch(new Fetcher.Request(URI.create(spec.data().replace("{key}", key)),
                original.accept(), Validators.NONE, original.maxBytes(), original.workDir(), original.progress()));
        return new FetchResult(data.outcome(), original.url().toString(), data.file(), data.bytes(), data.httpStatus(),
                data.attempts(), data.validators(), data.message() + " (asynchronous extraction " + key + ")",
                data.fileName());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String status(String text) {
        Matcher matcher = STATUS.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
