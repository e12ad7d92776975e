package org.rives.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.TestStore;

/** The jar's commands, run as a user would, against a temporary DuckDB file. */
class CommandLineTest {

    private record Run(int exit, String out) {
    }

    private static Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = RivesCommand.run(args);
            return new Run(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void serverIsTheDefaultAndCommandsAreRecognised() {
        assertThat(RivesCommand.isServe(new String[0])).isTrue();
        assertThat(RivesCommand.isServe(new String[] {"serve", "--db", "x.duckdb"})).isTrue();
        assertThat(RivesCommand.isServe(new String[] {"--server.port=0"})).isTrue();
        assertThat(RivesCommand.isServe(new String[] {"load", "worldbank-wdi"})).isFalse();
        assertThat(RivesCommand.serverArguments(new String[] {"serve", "--db", "x.duckdb", "--server.port=0"}))
                .containsExactly("--rives.db=x.duckdb", "--server.port=0");
    }

    @Test
    void loadPrintsTheReportAndADryRunCommitsNothing(@TempDir Path dir) throws Exception {
        String db = dir.resolve("cli.duckdb").toString();
        Path sample = TestStore.REPO.resolve("sample-data/worldbank-wdi/API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv");
        Run dry = run("load", "worldbank-wdi", "--file", sample.toString(), "--dry-run", "--db", db);
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).contains("VALIDATED", "[dry run]", "643 loaded", "dry run: nothing was committed");

        Run load = run("load", "worldbank-wdi", "--file", sample.toString(), "--db", db);
        assertThat(load.exit()).isZero();
        assertThat(load.out()).contains("COMMITTED (load 1)", "643 new, 0 revised, 0 withdrawn, 0 unchanged");

        Run again = run("load", "worldbank-wdi", "--file", sample.toString(), "--db", db);
        assertThat(again.out()).contains("UNCHANGED (load 2)", "identical bytes were already loaded by load 1");
    }

    @Test
    void aBadFileExitsNonZeroWithItsReport(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"),
                "Country Name,Country Code,Indicator Name,Indicator Code,2022\nAtlantis,ATL,x,BX.TRF.PWKR.CD.DT,1\n");
        Run run = run("load", "worldbank-wdi", "--file", bad.toString(), "--db", dir.resolve("c.duckdb").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("REJECTED", "bad.csv:2:2: unknown area code \"ATL\" in column \"Country Code\"");
    }

    @Test
    void anUnknownConnectorIsNamedWithTheKnownOnes(@TempDir Path dir) {
        Run run = run("load", "nope", "--db", dir.resolve("c.duckdb").toString());
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void validateChecksEveryConnector(@TempDir Path dir) {
        Run run = run("validate", "--db", dir.resolve("c.duckdb").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("OK      worldbank-wdi", "OK      eurostat-asylum", "0 problem(s)");
    }
}
