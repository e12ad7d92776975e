package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.connector.fetch.FetchSettings;
import org.rives.connector.fetch.Fetcher;
import org.rives.connector.fetch.PublisherServer;
import org.rives.connector.fetch.RemoteDownload;
import org.rives.testing.RealFeeds;
import org.rives.testing.TestStore;

import com.sun.net.httpserver.HttpExchange;

/**
 * A refresh that asks only for the periods a release may have changed: the window moves with the last answered
 * fetch, the publisher may still answer 304 for the moved query (its Last-Modified is sent, never the ETag of
 * another query), and a windowed file revises what it covers and leaves every older figure current, because
 * the store withdraws figures only within the period range a file covers.
 */
class WindowedRefreshTest {

    private static final String LAST_MODIFIED = "Sun, 30 Mar 2025 10:00:00 GMT";

    @TempDir
    Path dir;

    private PublisherServer server;
    private TestStore store;
    private RemoteLoads remote;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final List<String> conditions = new CopyOnWriteArrayList<>();
    private final AtomicReference<byte[]> windowed = new AtomicReference<>();
    private byte[] annual;

    @BeforeEach
    void start() throws IOException {
        annual = Files.readAllBytes(RealFeeds.file("eurostat-tsv/migr_asyappctza_EXT_EU27_2020_annual_2013-2024.tsv"));
        windowed.set(keepPeriods(annual, "2024 "));
        server = new PublisherServer().on("/migr_asyappctza", this::answer);
        Path connectors = Files.createDirectories(dir.resolve("connectors"));
        String yaml = Files.readString(TestStore.REPO.resolve("connectors/eurostat-asylum.yaml"));
        yaml = yaml.substring(0, yaml.indexOf("\nremote:") + 1) + "remote:\n  url: " + server.uri("/migr_asyappctza")
                + "?format=TSV&startPeriod={from}\n  window: {from: 2013, lookback: 2}\n  cadence: P1M\n"
                + yaml.substring(yaml.indexOf("\nquirks:") + 1);
        Files.writeString(connectors.resolve("eurostat-asylum.yaml"), yaml);
        store = new TestStore(dir, connectors);
        FetchSettings settings = new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(10),
                1, Duration.ZERO, Duration.ZERO, 10_000_000);
        remote = new RemoteLoads(store.connectors, new RemoteDownload(new Fetcher(settings, d -> { })), store.loads,
                store.database, dir.resolve("fetch"), Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        // Nothing was opened when the real feed is absent and the test was skipped before it started.
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The whole history for startPeriod=2013; for 2024 on, 304 when nothing changed since, else the window. */
    private void answer(HttpExchange exchange, int request, PublisherServer s) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        queries.add(query);
        String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        String tag = exchange.getRequestHeaders().getFirst("If-None-Match");
        conditions.add((tag == null ? "-" : tag) + " / " + (since == null ? "-" : since));
        boolean window = query.endsWith("startPeriod=2024");
        if (window && LAST_MODIFIED.equals(since) && windowed.get() == null) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        byte[] body = window ? windowed.get() : annual;
        exchange.getResponseHeaders().add("ETag", "\"" + query.hashCode() + "\"");
        exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private SourceRefresh refresh() throws Exception {
        return remote.refresh("eurostat-asylum", RefreshOptions.SCHEDULED);
    }

    @Test
    void aFirstFetchAsksForTheWholeRangeThenTheWindowMovesAndTheDateSaysNothingChanged() throws Exception {
        windowed.set(null);
        assertThat(refresh().outcome()).isEqualTo(SourceRefresh.COMMITTED);
        var figures = store.figures();

        SourceRefresh second = refresh();

        assertThat(second.outcome()).isEqualTo(SourceRefresh.NOT_MODIFIED);
        assertThat(queries).containsExactly("format=TSV&startPeriod=2013", "format=TSV&startPeriod=2024");
        assertThat(conditions).containsExactly("- / -", "- / " + LAST_MODIFIED);
        assertThat(store.figures()).isEqualTo(figures);
    }

    @Test
    void aWindowedFileRevisesWhatItCoversAndWithdrawsNothingOlder() throws Exception {
        refresh();
        int current = currentFigures();
        // Spain's 2024 figure revised in the new release; the windowed answer holds 2024 only
        windowed.set(new String(windowed.get(), StandardCharsets.UTF_8).replace("\t166145 ", "\t166150 ")
                .getBytes(StandardCharsets.UTF_8));

        SourceRefresh second = refresh();

        LoadReport load = second.parts().get(0).load();
        assertThat(load.status()).isEqualTo(LoadReport.COMMITTED);
        assertThat(load.changes().revised()).isEqualTo(1);
        assertThat(load.changes().withdrawn()).isZero();
        assertThat(load.changes().added()).isZero();
        assertThat(currentFigures()).isEqualTo(current);
        assertThat(RealFeeds.figures(store, "ASYL_APP", "counterpart_area = 'EXT_EU27_2020'"))
                .containsEntry("ESP 2024", "166150").containsEntry("ESP 2013", "4485").containsEntry("ESP 2019", "117800");
    }

    private int currentFigures() {
        return Integer.parseInt(store.rows("SELECT count(*) FROM observation WHERE superseded_by IS NULL").get(0));
    }

    /** The real file cut to the key column and the given period columns: what a windowed query returns. */
    private static byte[] keepPeriods(byte[] tsv, String... periods) {
        List<String> out = new ArrayList<>();
        String[] lines = new String(tsv, StandardCharsets.UTF_8).split("\r\n");
        List<String> header = List.of(lines[0].split("\t"));
        for (String line : lines) {
            String[] cells = line.split("\t");
            StringBuilder kept = new StringBuilder(cells[0]);
            for (String period : periods) {
                kept.append('\t').append(cells[header.indexOf(period)]);
            }
            out.add(kept.toString());
        }
        return (String.join("\r\n", out) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
