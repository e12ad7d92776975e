package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.cli.RivesCommand;
import org.rives.connector.ConnectorRegistry;
import org.rives.connector.FeedReaders;
import org.rives.testing.LargeWdiFile;
import org.rives.testing.SmallDisk;
import org.rives.testing.StoreChecks;
import org.rives.testing.TestStore;

/**
 * A disk that fills up during a load, while archiving the file or while writing the DuckDB file: the
 * load fails with one clear sentence, and the store is as it was before, on reopening too. Runs where
 * the machine lets the test mount a small tmpfs (Linux, as root); skipped elsewhere, saying why.
 */
class FullDiskTest {

    @TempDir
    Path dir;
    Path small;
    Path big;

    @BeforeEach
    void files() throws IOException {
        small = Files.writeString(dir.resolve("small.csv"), BadInputTest.PREAMBLE + BadInputTest.HEADER
                + BadInputTest.row("Morocco", "MAR", "100", "200"), StandardCharsets.UTF_8);
        big = LargeWdiFile.write(dir.resolve("big.csv"), 400, 1.5); // 3.6 MB, about 400,000 observations
    }

    @Test
    void aDiskFullWhileArchivingLeavesTheStoreAsItWas() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("raw"), "1m");
             Database database = new Database(dir.resolve("rives.duckdb"), 1)) {
            LoadService loads = loads(database, disk.path(), LoadListener.NONE);
            assertThat(loads.load(LoadRequest.of("worldbank-wdi", small)).status()).isEqualTo(LoadReport.COMMITTED);
            List<String> before = figuresAndLoads(database);

            StoreException failure = catchThrowableOfType(StoreException.class,
                    () -> loads.load(LoadRequest.of("worldbank-wdi", big)));

            assertThat(failure).hasMessage("cannot archive big.csv into " + disk.path()
                    + ": No space left on device; nothing was loaded");
            assertThat(figuresAndLoads(database)).isEqualTo(before);
            try (Stream<Path> files = Files.list(disk.path())) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
            }
            StoreChecks.assertInvariants(database);
        }
    }

    @Test
    void aDiskFullWhileWritingTheStoreLeavesItAsItWas() throws Exception {
        List<LoadPhase> phases = new ArrayList<>();
        List<String> before;
        // The store of the small load fits in 1 MB; the big load's figures, compressed as DuckDB writes them
        // straight to its blocks, take about 2 MB.
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("db"), "1m")) {
            Path file = disk.path().resolve("rives.duckdb");
            try (Database database = new Database(file, 1)) {
                LoadService loads = loads(database, dir.resolve("raw"), listener(phases));
                assertThat(loads.load(LoadRequest.of("worldbank-wdi", small)).status()).isEqualTo(LoadReport.COMMITTED);
                before = figuresAndLoads(database);
                phases.clear();

                StoreException failure = catchThrowableOfType(StoreException.class,
                        () -> loads.load(LoadRequest.of("worldbank-wdi", big)));

                assertThat(failure.getMessage()).startsWith("the load of big.csv failed in the store: ")
                        .contains("No space left on device").endsWith("; nothing was committed").doesNotContain("\n");
                assertThat(phases).last().isIn(LoadPhase.MERGING, LoadPhase.COMMITTING);
                assertThat(figuresAndLoads(database)).isEqualTo(before);
            }
            try (Database reopened = new Database(file, 1)) {
                assertThat(figuresAndLoads(reopened)).isEqualTo(before);
                StoreChecks.assertInvariants(reopened);
            }
        }
    }

    @Test
    void theCommandLineSaysItInOneLine() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("db"), "1m")) {
            System.setProperty("rives.raw-dir", dir.resolve("raw").toString());
            PrintStream original = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit;
            try {
                exit = RivesCommand.run(new String[] {"load", "worldbank-wdi", "--file", big.toString(), "--db",
                        disk.path().resolve("cli.duckdb").toString(), "--home", TestStore.REPO.toString()});
            } finally {
                System.setErr(original);
                System.clearProperty("rives.raw-dir");
            }
            assertThat(exit).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("rives: the load of big.csv failed in the "
                    + "store: ").contains("No space left on device").endsWith("; nothing was committed\n");
        }
    }

    private static LoadService loads(Database database, Path raw, LoadListener listener) {
        return new LoadService(new ConnectorRegistry(TestStore.REPO.resolve("connectors")), FeedReaders.discovered(),
                TestStore.catalogue(), database, new RawArchive(raw), listener);
    }

    private static LoadListener listener(List<LoadPhase> phases) {
        return new LoadListener() {
            @Override
            public void loaded(LoadReport report) {
            }

            @Override
            public void entered(String connector, LoadPhase phase) {
                phases.add(phase);
            }
        };
    }

    private static List<String> figuresAndLoads(Database database) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Database.ReadConnection read = database.read(); var statement = read.connection().createStatement();
             var rs = statement.executeQuery("SELECT (SELECT count(*) FROM observation), (SELECT sum(obs_value) "
                     + "FROM observation), (SELECT string_agg(load_id || ' ' || status, ', ' ORDER BY load_id) FROM load)")) {
            rs.next();
            rows.add(rs.getString(1) + " figures summing to " + rs.getString(2) + "; loads " + rs.getString(3));
        }
        return rows;
    }
}
