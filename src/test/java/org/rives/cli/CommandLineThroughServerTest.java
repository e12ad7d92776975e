package org.rives.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.CommandRun;
import org.rives.testing.ProviderServerTest;
import org.rives.testing.StoreHolder;

/**
 * The server is the one process that writes: {@code rives load} sends its file to the server (with the
 * token from the environment or a file) instead of opening the store, or says in one line why it
 * cannot; {@code rives validate} never opens the store, so it runs while another process holds it.
 */
class CommandLineThroughServerTest extends ProviderServerTest {

    @TempDir
    Path dir;

    Path tokenFile(String token) throws Exception {
        return Files.writeString(dir.resolve("token"), token + "\n");
    }

    Path revised(String name, String france2024) throws Exception {
        return Files.writeString(dir.resolve(name), Files.readString(HCP_SAMPLE, StandardCharsets.UTF_8)
                .replace("France;21 340;30 150", "France;21 340;" + france2024));
    }

    @Test
    void loadSendsTheFileToTheServerAndPrintsItsReport() throws Exception {
        Path file = revised("rgph-cli.csv", "30 160");
        String server = "http://127.0.0.1:" + port;
        List<Path> staged = stagedFiles();
        CommandRun dryRun = CommandRun.of("load", "hcp-ma-etrangers", "--file", file.toString(), "--dry-run",
                "--server", server, "--token-file", tokenFile(HCP.token()).toString());
        assertThat(dryRun.exit()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("rgph-cli.csv -> hcp-ma-etrangers: VALIDATED [dry run]");

        CommandRun load = CommandRun.of("load", "hcp-ma-etrangers", "--file", file.toString(), "--server", server,
                "--token-file", tokenFile(HCP.token()).toString());
        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(load.out()).contains("rgph-cli.csv -> hcp-ma-etrangers: COMMITTED (load ");
        assertThat(stagedFiles()).isEqualTo(staged);
    }

    @Test
    void aTokenOutsideItsScopeIsToldInOneLine() throws Exception {
        CommandRun refused = CommandRun.of("load", "oc-maroc-mre", "--file", HCP_SAMPLE.toString(), "--server",
                "http://127.0.0.1:" + port, "--token-file", tokenFile(HCP.token()).toString());
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err().strip()).isEqualTo("token " + HCP.issued().id() + " may not load oc-maroc-mre; it may "
                + "load: [hcp-ma-etrangers]");
        CommandRun noServer = CommandRun.of("load", "hcp-ma-etrangers", "--file", HCP_SAMPLE.toString(), "--server",
                "http://127.0.0.1:9", "--token-file", tokenFile(HCP.token()).toString());
        assertThat(noServer.exit()).isEqualTo(3);
        assertThat(noServer.err().strip()).isEqualTo("no Rives server answers at http://127.0.0.1:9 (is it running? "
                + "is --server right?)");
    }

    @Test
    void whileAnotherProcessHoldsTheStoreValidateRunsAndLoadGoesToTheServerOrSaysWhy() throws Exception {
        Path held = dir.resolve("held.duckdb");
        Process holder = StoreHolder.start(held);
        try {
            CommandRun validate = CommandRun.of("validate", "--db", held.toString());
            assertThat(validate.exit()).as(validate.err()).isZero();
            assertThat(validate.out()).contains("OK      hcp-ma-etrangers", "0 problem(s)");

            Path file = revised("rgph-held.csv", "30 170");
            CommandRun refused = CommandRun.of("load", "hcp-ma-etrangers", "--file", file.toString(), "--db",
                    held.toString());
            assertThat(refused.exit()).isEqualTo(3);
            assertThat(refused.err().lines()).containsExactly(held + " is in use by another process (a running Rives "
                    + "server?): send the load to it with --server http://host:port and the token in RIVES_TOKEN, or "
                    + "stop it first");
            assertThat(refused.out()).isEmpty();

            System.setProperty("rives.server", "http://127.0.0.1:" + port);
            try {
                CommandRun sent = CommandRun.of("load", "hcp-ma-etrangers", "--file", file.toString(), "--db",
                        held.toString(), "--token-file", tokenFile(HCP.token()).toString());
                assertThat(sent.exit()).as(sent.err()).isZero();
                assertThat(sent.out()).contains("rgph-held.csv -> hcp-ma-etrangers: COMMITTED");
            } finally {
                System.clearProperty("rives.server");
            }
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(20, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
    }
}
