package org.rives.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.connector.fetch.PublisherServer;
import org.rives.testing.TestStore;

/** {@code load <connector>} without a file: fetched from remote.url, served by a real local HTTP server. */
class LoadFetchCommandTest {

    /** Runs the command line; its exit status, a newline, then all it printed on standard output and error. */
    static String run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            int exit = RivesCommand.run(args);
            return exit + "\n" + captured.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void loadFetchesTheRemoteFileThenGetsNotModifiedAndSamplesStayAvailable(@TempDir Path home) throws Exception {
        String sample = "sample-data/viminale-it-sbarchi/DERIVED_nazionalita_excerpt.csv";
        byte[] bytes = Files.readAllBytes(TestStore.REPO.resolve(sample));
        try (PublisherServer server = new PublisherServer().on("/sbarchi.csv", PublisherServer.file(bytes, "\"s1\""))) {
            Files.createDirectories(home.resolve("connectors"));
            Files.writeString(home.resolve("connectors/viminale-it-sbarchi.yaml"),
                    Files.readString(TestStore.REPO.resolve("connectors/viminale-it-sbarchi.yaml"))
                            .replaceFirst("(?m)^  url: https://raw\\.githubusercontent\\.com/.*$",
                                    "  url: " + server.uri("/sbarchi.csv")));
            Files.createDirectories(home.resolve(sample).getParent());
            Files.write(home.resolve(sample), bytes);
            String db = home.resolve("rives.duckdb").toString();

            assertThat(run("load", "viminale-it-sbarchi", "--home", home.toString(), "--db", db))
                    .startsWith("0\n").contains("-> viminale-it-sbarchi: FETCHED (HTTP 200, 1 try)",
                            "sbarchi.csv -> viminale-it-sbarchi: COMMITTED (load 1)", "30 new");
            assertThat(run("load", "viminale-it-sbarchi", "--home", home.toString(), "--db", db))
                    .startsWith("0\n").contains("NOT MODIFIED (HTTP 304, 1 try)").doesNotContain("load 2");
            assertThat(run("load", "viminale-it-sbarchi", "--samples", "--home", home.toString(), "--db", db))
                    .startsWith("0\n").contains("DERIVED_nazionalita_excerpt.csv -> viminale-it-sbarchi: UNCHANGED (load 2)");
        }
    }
}
