package org.rives.bench;

import java.nio.file.Path;

import org.rives.connector.ConnectorRegistry;
import org.rives.connector.FeedReaders;
import org.rives.harmonise.CatalogueLoader;
import org.rives.store.Database;
import org.rives.store.LoadListener;
import org.rives.store.LoadPhase;
import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;
import org.rives.store.LoadService;
import org.rives.store.RawArchive;

/**
 * The process {@code bench/crash.sh} kills: one load into a store, wired as the application wires it,
 * printing each phase it enters (flushed at once) so that the parent can kill it within a chosen phase.
 * Arguments: repo, store folder, file. Not a test.
 */
public final class CrashLoad {

    static final String CONNECTOR = "worldbank-wdi";

    private CrashLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]);
        Path store = Path.of(args[1]);
        LoadListener phases = new LoadListener() {
            @Override
            public void loaded(LoadReport report) {
            }

            @Override
            public void entered(String connector, LoadPhase phase) {
                say("PHASE " + phase);
            }
        };
        try (Database database = new Database(store.resolve("rives.duckdb"), 1)) {
            LoadService loads = new LoadService(new ConnectorRegistry(repo.resolve("connectors")), FeedReaders.discovered(),
                    CatalogueLoader.load(), database, new RawArchive(store.resolve("raw")), phases);
            say("READY");
            LoadReport report = loads.load(LoadRequest.of(CONNECTOR, Path.of(args[2])));
            say("LOADED " + report.status() + " " + report.observations());
        }
        say("CLOSED");
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
