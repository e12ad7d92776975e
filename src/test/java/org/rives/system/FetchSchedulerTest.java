package org.rives.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.connector.fetch.FetchSettings;
import org.rives.connector.fetch.Fetcher;
import org.rives.connector.fetch.RemoteDownload;
import org.rives.store.RemoteLoads;
import org.rives.testing.TestStore;
import org.rives.writes.WriteQueue;

/** The server's schedule follows the connector folder: files added, edited or removed are rescheduled. */
class FetchSchedulerTest {

    @TempDir
    Path dir;

    private Path connectors;
    private TestStore store;
    private final WriteQueue writes = new WriteQueue(8);
    private FetchScheduler scheduler;
    private final List<Object> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void folder() throws IOException {
        connectors = Files.createDirectories(dir.resolve("connectors"));
        copy("worldbank-wdi");
        copy("bct-tn-revenus-travail"); // a push source: never scheduled
        store = new TestStore(dir, connectors);
    }

    /** The scheduler, started, looking at the folder every {@code rescan} by itself. */
    private FetchScheduler start(Duration rescan) {
        RemoteLoads remote = new RemoteLoads(store.connectors, new RemoteDownload(new Fetcher(FetchSettings.DEFAULTS)),
                store.loads, store.database, dir.resolve("fetch"), Clock.systemUTC());
        FetchProperties properties = new FetchProperties(true, null, null, null, null, null, null, null, null, null,
                null, null, rescan);
        scheduler = new FetchScheduler(store.connectors, remote, properties, events::add, writes);
        scheduler.start();
        return scheduler;
    }

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.stop();
        }
        writes.close();
        store.close();
    }

    private void copy(String id) throws IOException {
        Files.copy(TestStore.REPO.resolve("connectors/" + id + ".yaml"), connectors.resolve(id + ".yaml"));
    }

    @Test
    void schedulesEveryPullSourceWithACron() {
        start(Duration.ofHours(1));
        assertThat(scheduler.scheduled()).containsExactly(Map.entry("worldbank-wdi", "0 0 6 * * MON"));
        assertThat(scheduler.isRunning()).isTrue();
    }

    @Test
    void aConnectorAddedEditedThenRemovedIsScheduledRescheduledThenDropped() throws Exception {
        start(Duration.ofHours(1)); // rescans only when asked here
        copy("eurostat-asylum");
        scheduler.rescan();
        assertThat(scheduler.scheduled()).containsOnlyKeys("worldbank-wdi", "eurostat-asylum");
        assertThat(store.connectors.find("eurostat-asylum")).isPresent();

        Path file = connectors.resolve("eurostat-asylum.yaml");
        Files.writeString(file, Files.readString(file).replace("\"0 30 12 * * MON-FRI\"", "\"0 45 13 * * MON-FRI\""));
        scheduler.rescan();
        assertThat(scheduler.scheduled()).containsEntry("eurostat-asylum", "0 45 13 * * MON-FRI");

        Files.delete(file);
        scheduler.rescan();
        assertThat(scheduler.scheduled()).containsOnlyKeys("worldbank-wdi");
        assertThat(store.connectors.find("eurostat-asylum")).isEmpty();
        assertThat(events).hasSize(3).allMatch(e -> e instanceof ConnectorsReloaded);
    }

    @Test
    void anUnchangedFolderIsNotReadAgain() {
        start(Duration.ofHours(1));
        scheduler.rescan();
        scheduler.rescan();
        assertThat(events).isEmpty();
    }

    @Test
    void theFolderIsWatchedWithoutBeingAsked() throws Exception {
        start(Duration.ofMillis(200));
        copy("iom-missing-migrants");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!scheduler.scheduled().containsKey("iom-missing-migrants") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(scheduler.scheduled()).containsKey("iom-missing-migrants");
    }
}
