package org.rives.writes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.connector.fetch.FetchSettings;
import org.rives.connector.fetch.Fetcher;
import org.rives.connector.fetch.PublisherServer;
import org.rives.connector.fetch.RemoteDownload;
import org.rives.store.Database;
import org.rives.store.FetchReport;
import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;
import org.rives.store.MergeInspector;
import org.rives.store.ObservationFilter;
import org.rives.store.ObservationRow;
import org.rives.store.RefreshOptions;
import org.rives.store.RemoteLoads;
import org.rives.store.SourceRefresh;
import org.rives.testing.TestStore;

/**
 * The store's one writer with many hands: uploads and a scheduled fetch for the same connector, sent at
 * once from several threads, land one after the other in the order they were queued, none meets a
 * locked file; and readers keep reading the previous vintage until a slow load commits.
 */
class OneWriterTest {

    private static final Path SAMPLE = TestStore.REPO.resolve("sample-data/worldbank-wdi/API_SP.POP.TOTL_DS2_en_csv_v2.csv");
    private static final String MOROCCO_2022 = "SELECT obs_value FROM observation_long WHERE source = 'worldbank-wdi' "
            + "AND indicator = 'POP' AND ref_area = 'MAR' AND time_period = '2022' AND superseded_by IS NULL";

    @TempDir
    Path dir;

    private PublisherServer publisher;
    private TestStore store;
    private RemoteLoads remote;
    private final WriteQueue queue = new WriteQueue(10);
    private final ExecutorService hands = Executors.newFixedThreadPool(3);

    @BeforeEach
    void start() throws IOException {
        publisher = new PublisherServer();
        byte[] published = Files.readString(withMorocco2022("37457974", "fetched.csv")).getBytes(StandardCharsets.UTF_8);
        publisher.on("/API_SP.POP.TOTL.csv", PublisherServer.file(published, "\"v3\""));
        Path connectors = Files.createDirectories(dir.resolve("connectors"));
        Files.writeString(connectors.resolve("worldbank-wdi.yaml"), Files.readString(
                TestStore.REPO.resolve("connectors/worldbank-wdi.yaml")) + "\nremote:\n  url: "
                + publisher.uri("/API_SP.POP.TOTL.csv") + "\n  cadence: P1Y\n");
        store = new TestStore(dir, connectors);
        remote = new RemoteLoads(store.connectors, new RemoteDownload(new Fetcher(new FetchSettings(
                Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5), 1, Duration.ZERO, Duration.ZERO,
                10_000_000), d -> { })), store.loads, store.database, dir.resolve("fetch"), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        hands.shutdownNow();
        queue.close(10);
        store.close();
        publisher.close();
    }

    @Test
    void twoUploadsAndAScheduledFetchForOneConnectorLandInOrderWhileReadersSeeThePreviousVintage() throws Exception {
        assertThat(store.load("worldbank-wdi", SAMPLE).status()).isEqualTo(LoadReport.COMMITTED);
        assertThat(store.rows(MOROCCO_2022)).containsExactly("3.7457971E7");

        CountDownLatch merged = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MergeInspector slow = (connection, loadId) -> {
            merged.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Path first = withMorocco2022("37457972", "first.csv");
        Path second = withMorocco2022("37457973", "second.csv");
        Future<WriteJob<LoadReport>> upload1 = hands.submit(() -> queue.submit("worldbank-wdi",
                () -> store.loads.load(LoadRequest.of("worldbank-wdi", first), slow)));
        assertThat(merged.await(30, TimeUnit.SECONDS)).isTrue();
        Future<WriteJob<LoadReport>> upload2 = hands.submit(() -> queue.submit("worldbank-wdi",
                () -> store.loads.load(LoadRequest.of("worldbank-wdi", second))));
        WriteJob<LoadReport> secondJob = upload2.get();
        Future<WriteJob<SourceRefresh>> fetch = hands.submit(() -> queue.submit("worldbank-wdi",
                () -> remote.refresh("worldbank-wdi", RefreshOptions.SCHEDULED)));
        WriteJob<SourceRefresh> fetchJob = fetch.get();

        // The first upload has merged its new vintage but not committed: readers see the previous one, also
        // on a read connection opened now, while the load holds the write connection in its transaction.
        Database.ReadConnection openedDuringTheLoad = store.database.read();
        assertThat(store.rows(MOROCCO_2022)).containsExactly("3.7457971E7");
        assertThat(value(openedDuringTheLoad)).isEqualTo(37457971.0);
        assertThat(store.queries.find(new ObservationFilter("POP", List.of("MAR"), null, null, null, null, null, "2022",
                "2022", "worldbank-wdi", null), 0, 10)).extracting(ObservationRow::value).containsExactly(37457971.0);
        assertThat(secondJob.position()).isEqualTo(1);
        assertThat(fetchJob.position()).isEqualTo(2);

        release.countDown();
        LoadReport one = upload1.get().await();
        LoadReport two = secondJob.await();
        FetchReport three = fetchJob.await().parts().get(0);
        assertThat(List.of(one.status(), two.status(), three.load().status())).containsOnly(LoadReport.COMMITTED);
        assertThat(List.of(one.loadId(), two.loadId(), three.load().loadId())).containsExactly(2, 3, 4);
        assertThat(store.rows("SELECT load_id, file_name, obs_revised FROM load ORDER BY load_id")).containsExactly(
                "1\tAPI_SP.POP.TOTL_DS2_en_csv_v2.csv\t0", "2\tfirst.csv\t1", "3\tsecond.csv\t1",
                "4\tAPI_SP.POP.TOTL.csv\t1");
        assertThat(store.rows(MOROCCO_2022)).containsExactly("3.7457974E7");
        assertThat(value(openedDuringTheLoad)).isEqualTo(37457974.0);
        openedDuringTheLoad.close();
    }

    private static double value(Database.ReadConnection read) throws Exception {
        try (Statement statement = read.connection().createStatement();
             ResultSet rs = statement.executeQuery(MOROCCO_2022)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    private Path withMorocco2022(String value, String name) throws IOException {
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        assertThat(text).contains("\"37457971\"");
        return Files.writeString(dir.resolve(name), text.replace("\"37457971\"", "\"" + value + "\""));
    }
}
