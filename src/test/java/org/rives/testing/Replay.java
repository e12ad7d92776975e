package org.rives.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.rives.connector.fetch.FetchSettings;
import org.rives.connector.fetch.Fetcher;
import org.rives.connector.fetch.RemoteDownload;
import org.rives.store.RefreshOptions;
import org.rives.store.RemoteLoads;
import org.rives.store.SourceRefresh;
import org.rives.testing.PublisherRecordings.Route;

/**
 * The shipped connectors refreshing from the replayed publishers into a fresh store: the fetcher's host
 * rewrite sends each publisher's URL to the {@link ReplayServer}, which serves the recordings of
 * {@link PublisherRecordings} at the exact URLs and nothing else; the clock is {@link PublisherRecordings#NOW}.
 */
public final class Replay implements AutoCloseable {

    private static final int YEAR = PublisherRecordings.NOW.atOffset(ZoneOffset.UTC).getYear();

    public final ReplayServer server;
    public final TestStore store;
    public final RemoteLoads remote;

    private Replay(Path dir, Iterable<String> connectors) {
        server = serve(connectors, YEAR);
        store = new TestStore(dir);
        remote = new RemoteLoads(store.connectors, new RemoteDownload(new Fetcher(settings(server), d -> { })),
                store.loads, store.database, dir.resolve("fetch"), clock());
    }

    public static Replay of(Path dir, String... connectors) {
        return new Replay(dir, java.util.List.of(connectors));
    }

    public static Replay of(Path dir, Iterable<String> connectors) {
        return new Replay(dir, connectors);
    }

    /** A replay server answering the connectors' first and second refresh in {@code year}. */
    public static ReplayServer serve(Iterable<String> connectors, int year) {
        ReplayServer server = new ReplayServer();
        for (String connector : connectors) {
            for (Route route : PublisherRecordings.firstRun(connector, year)) {
                server.record(route.url(), route.recording().get());
            }
            for (String moved : PublisherRecordings.movedWindows(connector, year)) {
                server.record(moved, ReplayServer.Recording.notModifiedSince(ReplayServer.RECORDED));
            }
        }
        return server;
    }

    /** Fetch settings for the replay: patient enough for a loaded machine, never sleeping between tries. */
    public static FetchSettings settings(ReplayServer server) {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(20), 2,
                Duration.ofMillis(10), Duration.ofMillis(10), 64_000_000).withRewrite(server.rewrite());
    }

    public static Clock clock() {
        return Clock.fixed(PublisherRecordings.NOW, ZoneOffset.UTC);
    }

    public SourceRefresh refresh(String connector) {
        try {
            return remote.refresh(connector, RefreshOptions.SCHEDULED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every recorded first-run URL of the connector was asked for once, and no other URL at all. */
    public void assertAskedExactlyItsUrls(String connector) {
        assertThat(server.unexpected()).as("URLs no recording answers").isEmpty();
        for (Route route : PublisherRecordings.firstRun(connector, YEAR)) {
            assertThat(server.requests(route.url())).as(route.url()).isEqualTo(1);
        }
    }

    @Override
    public void close() {
        store.close();
        server.close();
    }
}
