package org.rives.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.export.ParquetExport;
import org.rives.store.Database;
import org.rives.testing.TestStore;

/** {@code rives export --parquet DIR}, run as a user would, beside a store another process may hold. */
class ExportCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            int exit = RivesCommand.run(args);
            return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void exportWritesThePartitionedTableAndItsManifest(@TempDir Path dir) {
        String db = dir.resolve("cli.duckdb").toString();
        Path sample = TestStore.REPO.resolve("sample-data/worldbank-wdi/API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv");
        assertThat(run("load", "worldbank-wdi", "--file", sample.toString(), "--db", db).exit()).isZero();
        assertThat(RivesCommand.isServe(new String[] {"export", "--parquet", "x"})).isFalse();

        Run export = run("export", "--parquet", dir.resolve("out").toString(), "--db", db);
        assertThat(export.exit()).isZero();
        assertThat(export.out()).contains("exported 643 observations (current figures, up to load 1, from 1 load) in ",
                ParquetExport.MANIFEST);
        assertThat(dir.resolve("out/indicator=REMIT_IN/year=2022")).isDirectory();

        Run before = run("export", "--parquet", dir.resolve("old").toString(), "--as-of", "2000-01-01", "--db", db);
        assertThat(before.out()).contains("exported 0 observations (as of 2000-01-02T00:00:00Z, up to load 0, from 0 loads)");
    }

    @Test
    void mistakesAreNamed(@TempDir Path dir) {
        Run badDate = run("export", "--parquet", dir.resolve("out").toString(), "--as-of", "01/02/2025");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("as-of must be a date (2025-01-01)");

        Run noStore = run("export", "--parquet", dir.resolve("out").toString(), "--db", dir.resolve("none.duckdb").toString());
        assertThat(noStore.exit()).isEqualTo(1);
        assertThat(noStore.err()).contains("no Rives store at");
        assertThat(dir.resolve("none.duckdb")).doesNotExist();
    }

    @Test
    void aStoreHeldByAServerIsSaidSoInOneLine(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("held.duckdb");
        new Database(db, 1).close();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), db.toString())).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo(StoreHolder.READY);
            Run export = run("export", "--parquet", dir.resolve("out").toString(), "--db", db.toString());
            assertThat(export.exit()).isEqualTo(1);
            assertThat(export.err().strip()).doesNotContain("\n")
                    .contains("is held by a running Rives server", "GET /api/observations.parquet");
            assertThat(dir.resolve("out")).doesNotExist();
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** Another process holding the store as a running server does, until its standard input closes. */
    public static final class StoreHolder {
        static final String READY = "holding the store";

        public static void main(String[] args) throws Exception {
            try (Database database = new Database(Path.of(args[0]), 1)) {
                System.out.println(READY);
                System.out.flush();
                System.in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
    }
}
