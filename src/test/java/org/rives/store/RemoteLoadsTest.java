package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.connector.fetch.FetchSettings;
import org.rives.connector.fetch.Fetcher;
import org.rives.connector.fetch.Freshness;
import org.rives.connector.fetch.RemoteDownload;
import org.rives.connector.fetch.PublisherServer;
import org.rives.testing.TestStore;

/** Fetch, archive and load end to end: a real HTTP server on 127.0.0.1 and a real DuckDB file. */
class RemoteLoadsTest {

    private static final Path SAMPLE = TestStore.REPO.resolve(
            "sample-data/worldbank-wdi/API_SP.POP.TOTL_DS2_en_csv_v2.csv");

    @TempDir
    Path dir;

    private PublisherServer server;
    private TestStore store;
    private RemoteLoads remote;
    private final AtomicReference<byte[]> served = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = new PublisherServer();
        served.set(Files.readAllBytes(SAMPLE));
        server.on("/API_SP.POP.TOTL.csv", (exchange, n, s) ->
                PublisherServer.file(served.get(), etag()).answer(exchange, n, s));
        Path connectors = Files.createDirectories(dir.resolve("connectors"));
        String yaml = Files.readString(TestStore.REPO.resolve("connectors/worldbank-wdi.yaml"))
                + "\nremote:\n  url: " + server.uri("/API_SP.POP.TOTL.csv") + "\n  cadence: P1Y\n";
        Files.writeString(connectors.resolve("worldbank-wdi.yaml"), yaml);
        store = new TestStore(dir, connectors);
        FetchSettings settings = new FetchSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2),
                2, Duration.ZERO, Duration.ZERO, 10_000_000);
        remote = new RemoteLoads(store.connectors, new RemoteDownload(new Fetcher(settings, d -> { })), store.loads,
                store.database, dir.resolve("fetch"), Clock.systemUTC());
    }

    private String etag() {
        return "\"" + Integer.toHexString(java.util.Arrays.hashCode(served.get())) + "\"";
    }

    private FetchReport refresh(boolean dryRun) throws Exception {
        SourceRefresh refresh = remote.refresh("worldbank-wdi", new RefreshOptions(dryRun, false, null));
        assertThat(refresh.parts()).hasSize(1);
        return refresh.parts().get(0);
    }

    @AfterEach
    void stop() {
        store.close();
        server.close();
    }

    @Test
    void fetchesArchivesAndLoadsThenAnswersNotModifiedWithoutTouchingTheStore() throws Exception {
        FetchReport first = refresh(false);

        assertThat(first.outcome()).isEqualTo("fetched");
        assertThat(first.load().status()).isEqualTo(LoadReport.COMMITTED);
        assertThat(first.load().file()).isEqualTo("API_SP.POP.TOTL.csv");
        assertThat(dir.resolve("raw").resolve(first.load().sha256().substring(0, 2)).resolve(first.load().sha256()))
                .exists();
        assertThat(dir.resolve("fetch")).isEmptyDirectory();
        var figures = store.figures();
        var loads = store.rows("SELECT load_id, status FROM load ORDER BY load_id");

        FetchReport second = refresh(false);

        assertThat(second.outcome()).isEqualTo("not modified");
        assertThat(second.httpStatus()).isEqualTo(304);
        assertThat(second.load()).isNull();
        assertThat(second.succeeded()).isTrue();
        assertThat(store.figures()).isEqualTo(figures);
        assertThat(store.rows("SELECT load_id, status FROM load ORDER BY load_id")).isEqualTo(loads);
        assertThat(server.ifNoneMatchSeen()).containsExactly("-", etag());
    }

    @Test
    void aNewReleaseIsFetchedInFullAndLoadedAsANewVintage() throws Exception {
        refresh(false);
        String revised = new String(served.get(), StandardCharsets.UTF_8).replace("\"37076584\"", "\"37076585\"");
        assertThat(revised).isNotEqualTo(new String(served.get(), StandardCharsets.UTF_8));
        served.set(revised.getBytes(StandardCharsets.UTF_8));

        FetchReport next = refresh(false);

        assertThat(next.outcome()).isEqualTo("fetched");
        assertThat(next.load().status()).isEqualTo(LoadReport.COMMITTED);
        assertThat(next.load().changes().revised()).isEqualTo(1);
    }

    @Test
    void aFailedFetchLoadsNothingAndKeepsTheLastValidators() throws Exception {
        refresh(false);
        var figures = store.figures();
        server.on("/API_SP.POP.TOTL.csv", PublisherServer.status(500));

        FetchReport failed = refresh(false);

        assertThat(failed.outcome()).isEqualTo("failed");
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.succeeded()).isFalse();
        assertThat(store.figures()).isEqualTo(figures);
        assertThat(store.rows("SELECT status, etag IS NOT NULL FROM fetch_state")).containsExactly("failed\ttrue");
    }

    @Test
    void freshnessFollowsTheLastSuccessfulLoadAndTheCadence() throws Exception {
        var definition = store.connectors.find("worldbank-wdi").orElseThrow();
        SourceFreshness freshness = new SourceFreshness(store.database);
        assertThat(freshness.of(definition, Instant.now()).state()).isEqualTo(Freshness.OVERDUE);

        refresh(false);
        Instant now = Instant.now();

        assertThat(freshness.of(definition, now).state()).isEqualTo(Freshness.FRESH);
        assertThat(freshness.of(definition, now.plus(Duration.ofDays(400))).state()).isEqualTo(Freshness.DUE);
        assertThat(freshness.of(definition, now.plus(Duration.ofDays(800))).state()).isEqualTo(Freshness.OVERDUE);
    }

    @Test
    void aDryRunFetchesInFullAndRemembersNothing() throws Exception {
        FetchReport dry = refresh(true);

        assertThat(dry.load().status()).isEqualTo(LoadReport.VALIDATED);
        assertThat(store.rows("SELECT count(*) FROM fetch_state")).containsExactly("0");
        assertThat(store.rows("SELECT count(*) FROM load")).containsExactly("0");
    }
}
