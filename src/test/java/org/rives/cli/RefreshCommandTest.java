package org.rives.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.PublisherRecordings;
import org.rives.testing.RealFeeds;
import org.rives.testing.Replay;
import org.rives.testing.ReplayServer;
import org.rives.testing.TestStore;

/**
 * {@code rives refresh} as an operator runs it, against every publisher replayed on 127.0.0.1: the first
 * {@code --all} brings every pull source up to date, the second finds nothing new (304 for every file, the
 * moved period windows included), and a failing source makes the exit status non-zero.
 */
class RefreshCommandTest {

    @TempDir
    Path home;

    private static String run(List<String> args) {
        return LoadFetchCommandTest.run(args.toArray(String[]::new));
    }

    private List<String> refresh(ReplayServer server, String... what) throws IOException {
        Files.createDirectories(home.resolve("connectors"));
        try (Stream<Path> files = Files.list(TestStore.REPO.resolve("connectors"))) {
            for (Path file : files.toList()) {
                Files.copy(file, home.resolve("connectors").resolve(file.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> args = new ArrayList<>(List.of("refresh", "--home", home.toString(),
                "--db", home.resolve("rives.duckdb").toString()));
        args.addAll(List.of(what));
        for (String rule : server.rewriteRules()) {
            args.add("--rewrite");
            args.add(rule);
        }
        return args;
    }

    @Test
    void refreshAllCommitsEverySourceThenASecondRunFindsNothingNew() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(RealFeeds.FOLDER), "real feeds not present; skipped");
        int year = Year.now(ZoneOffset.UTC).getValue();
        try (ReplayServer server = Replay.serve(PublisherRecordings.connectors(), year)) {
            String first = run(refresh(server, "--all"));

            assertThat(first).startsWith("0\n");
            for (String connector : PublisherRecordings.connectors()) {
                assertThat(first).containsPattern("(?m)^" + connector + ": committed.*\\d+ new");
            }
            assertThat(server.unexpected()).isEmpty();

            String second = run(refresh(server, "--all"));

            assertThat(second).startsWith("0\n").doesNotContain("committed", "failed");
            for (String connector : PublisherRecordings.connectors()) {
                assertThat(second).containsPattern("(?m)^" + connector + ": (not modified|unchanged)");
            }
            assertThat(server.unexpected()).isEmpty();
            assertThat(server.unrequested()).isEmpty();

            assertThat(run(refresh(server, "--due"))).isEqualTo("0\nno pull source is due\n");
        }
    }

    @Test
    void aSourceThatFailsMakesTheExitStatusNonZeroAndTheOthersStillRefresh() throws IOException {
        try (ReplayServer server = Replay.serve(List.of("eurostat-asylum"), Year.now(ZoneOffset.UTC).getValue())) {
            String output = run(refresh(server, "eurostat-asylum", "bct-tn-revenus-travail", "no-such-source"));

            assertThat(output).startsWith("1\n")
                    .containsPattern("(?m)^eurostat-asylum: committed \\(2 files\\): \\d+ new")
                    .containsPattern("(?m)^bct-tn-revenus-travail: failed: .*uploaded \\(push\\)")
                    .containsPattern("(?m)^no-such-source: failed: ");
        }
    }
}
