package org.rives.connector.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.rives.connector.ConnectorDefinition.Remote;
import org.rives.connector.fetch.FetchResult.Outcome;

/**
 * Everything between a connector's URL and a file its reader accepts: the conditional fetch, then, as the
 * connector's {@code remote} declares, the wait for an asynchronous extraction, the other pages of a paged
 * answer (joined into one file, the responses one after the other, which the World Bank API reader reads as
 * one query), and the data file taken out of a zip or gzip. Each step streams to disk; the intermediate
 * files are deleted as soon as the next one exists.
 */
public final class RemoteDownload {

    private static final int DEFAULT_MAX_PAGES = 500;

    private final Fetcher fetcher;
    private final AsyncExtraction async;

    public RemoteDownload(Fetcher fetcher) {
        this.fetcher = fetcher;
        this.async = new AsyncExtraction(fetcher);
    }

    /**
     * Downloads {@code url} (a resolved template of {@code remote}) into a new file under {@code workDir}.
     *
     * @param validators of the copy already loaded, or {@link Validators#NONE}
     */
    public FetchResult download(Remote remote, String url, Validators validators, Path workDir, FetchProgress progress)
            throws InterruptedException {
        long maxBytes = remote.maxBytes() == null ? fetcher.settings().maxBytes() : remote.maxBytes();
        Fetcher.Request request = new Fetcher.Request(URI.create(url), remote.accept(), validators, maxBytes, workDir,
                progress);
        FetchResult result = fetcher.fetch(request);
        try {
            result = afterAsync(remote, request, result);
            result = afterPaging(remote, request, result);
            return afterArchive(remote, request, result);
        } catch (IOException e) {
            RequestAttempt.deleteQuietly(result.file());
            return result.failing(e.getMessage());
        }
    }

    private FetchResult afterAsync(Remote remote, Fetcher.Request request, FetchResult result)
            throws IOException, InterruptedException {
        if (result.outcome() != Outcome.FETCHED) {
            return result;
        }
        Optional<String> key = AsyncExtraction.key(result.file());
        if (key.isEmpty() && result.httpStatus() == 200) {
            return result;
        }
        Files.delete(result.file());
        if (remote.async() == null || key.isEmpty()) {
            return result.failing("the publisher answered that it will prepare the data later (HTTP "
                    + result.httpStatus() + key.map(k -> ", key " + k).orElse("") + "), and this connector declares "
                    + "no remote.async to wait for it");
        }
        return async.await(remote.async(), key.get(), request).plusAttempts(result.attempts());
    }

    private FetchResult afterPaging(Remote remote, Fetcher.Request request, FetchResult first)
            throws IOException, InterruptedException {
        if (first.outcome() != Outcome.FETCHED || remote.paging() == null) {
            return first;
        }
        long pages = WorldBankPages.count(first.file());
        int maxPages = remote.paging().maxPages() == null ? DEFAULT_MAX_PAGES : remote.paging().maxPages();
        if (pages > maxPages) {
            Files.delete(first.file());
            return first.failing("the answer has " + pages + " pages, more than remote.paging.maxPages (" + maxPages
                    + "); ask for more rows per page");
        }
        String parameter = remote.paging().parameter() == null ? "page" : remote.paging().parameter();
        long total = first.bytes();
        for (long page = 2; page <= pages; page++) {
            FetchResult next = fetcher.fetch(new Fetcher.Request(withParameter(request.url(), parameter, page),
                    request.accept(), Validators.NONE, request.maxBytes() - total, request.workDir(), request.progress()));
            if (next.outcome() != Outcome.FETCHED) {
                Files.delete(first.file());
                return first.failing("page " + page + " of " + pages + ": " + next.message());
            }
            total += append(first.file(), next.file());
        }
        return first.withFile(first.file(), total, first.fileName(), "fetched " + total + " bytes in " + pages + " page"
                + (pages == 1 ? "" : "s")).plusAttempts((int) pages - 1);
    }

    private FetchResult afterArchive(Remote remote, Fetcher.Request request, FetchResult result) throws IOException {
        if (result.outcome() != Outcome.FETCHED || remote.archive() == null) {
            return result;
        }
        // a refused archive throws: download() deletes the body and fails with the reason
        Archives.Extracted member = Archives.extract(result.file(), remote.archive(), request.maxBytes(),
                fetcher.settings().maxRatio(), request.workDir());
        if (member == null) {
            return result.withFile(result.file(), result.bytes(), result.fileName(), result.message()
                    + ", not compressed: taken as it is");
        }
        Files.deleteIfExists(result.file());
        return result.withFile(member.file(), member.bytes(), member.name() == null ? result.fileName() : member.name(),
                result.message() + ", unpacked " + (member.name() == null ? "" : member.name() + ", ")
                        + member.bytes() + " bytes");
    }

    /** Appends a page's response to the joined file, on a new line, and deletes the page. */
    private static long append(Path joined, Path page) throws IOException {
        try (OutputStream out = Files.newOutputStream(joined, StandardOpenOption.APPEND)) {
            out.write('\n');
            long bytes = Files.copy(page, out);
            return bytes + 1;
        } finally {
            Files.deleteIfExists(page);
        }
    }

    static URI withParameter(URI url, String parameter, long value) {
        String text = url.toString();
        int hash = text.indexOf('#');
        String base = hash < 0 ? text : text.substring(0, hash);
        return URI.create(base + (base.contains("?") ? "&" : "?") + parameter + "=" + value);
    }
}
