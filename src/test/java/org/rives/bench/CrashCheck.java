package org.rives.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.rives.connector.ConnectorRegistry;
import org.rives.connector.FeedReaders;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.CatalogueLoader;
import org.rives.store.Database;
import org.rives.store.LoadListener;
import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;
import org.rives.store.LoadService;
import org.rives.store.RawArchive;
import org.rives.store.StoreException;
import org.rives.store.StoreInvariants;

/**
 * What {@code bench/crash.sh} checks after each kill: the store opens, keeps every invariant, and holds
 * either exactly what it held before the load or exactly what the uninterrupted load left; the archive
 * keeps no partial copy once the store is opened again; and, when asked, the load run again afterwards
 * ends with the uninterrupted load's figures.
 */
final class CrashCheck {

    /** Where the killed load stands, and what was wrong (empty when clean). */
    record Outcome(String load, int partialCopies, List<String> problems) {
    }

    private final ConnectorRegistry connectors;
    private final Catalogue catalogue = CatalogueLoader.load();
    private final StoreFingerprint before;
    private final StoreFingerprint after;

    CrashCheck(Path repo, StoreFingerprint before, StoreFingerprint after) {
        this.connectors = new ConnectorRegistry(repo.resolve("connectors"));
        this.before = before;
        this.after = after;
    }

    Outcome check(Path store, Path file, boolean runAgain) throws IOException {
        List<String> problems = new ArrayList<>();
        int partial = partialCopies(store.resolve("raw"));
        String load = "unknown";
        try (Database database = new Database(store.resolve("rives.duckdb"), 1)) {
            problems.addAll(StoreInvariants.check(database));
            StoreFingerprint held = fingerprint(database);
            load = held.equals(before) ? "absent" : held.equals(after) ? "there" : "neither";
            if (load.equals("neither")) {
                problems.add("the store holds neither what it held before nor what the load leaves: " + held);
            }
            RawArchive archive = new RawArchive(store.resolve("raw"));
            if (load.equals("there") && archive.find(RawArchive.sha256Of(file)).isEmpty()) {
                problems.add("the load is there but its file is not in the archive");
            }
            LoadService loads = new LoadService(connectors, FeedReaders.discovered(), catalogue, database, archive,
                    LoadListener.NONE);
            if (partialCopies(store.resolve("raw")) > 0) {
                problems.add("a partial archive copy is still there after reopening");
            }
            if (runAgain) {
                runAgain(loads, database, file, load, problems);
            }
        } catch (StoreException | SQLException e) {
            problems.add("the store does not open or cannot be read: " + e.getMessage());
        }
        return new Outcome(load, partial, problems);
    }

    /** The load run again after the kill commits (or finds its bytes unchanged) and leaves the expected figures. */
    private void runAgain(LoadService loads, Database database, Path file, String load, List<String> problems)
            throws IOException, SQLException {
        LoadReport report = loads.load(LoadRequest.of(CrashLoad.CONNECTOR, file));
        String expected = load.equals("there") ? LoadReport.UNCHANGED : LoadReport.COMMITTED;
        if (!report.status().equals(expected)) {
            problems.add("run again, the load was " + report.status() + ", not " + expected + ": " + report.message());
        }
        if (!fingerprint(database).observations().equals(after.observations())) {
            problems.add("run again, the load left other figures than the uninterrupted load");
        }
    }

    static StoreFingerprint fingerprint(Database database) throws SQLException {
        try (Database.ReadConnection read = database.read()) {
            return StoreFingerprint.of(read.connection());
        }
    }

    private static int partialCopies(Path raw) throws IOException {
        if (!Files.isDirectory(raw)) {
            return 0;
        }
        int count = 0;
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(raw, "incoming-*.part")) {
            for (Path ignored : partials) {
                count++;
            }
        }
        return count;
    }
}
