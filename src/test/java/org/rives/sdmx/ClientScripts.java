package org.rives.sdmx;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.rives.testing.TestStore;

/**
 * Runs an SDMX client of another language (R's rsdmx, Python's sdmx1) as a separate process against the
 * test server, and reads back the facts it prints, one per line.
 */
final class ClientScripts {

    private static final long TIMEOUT_SECONDS = 300;

    private ClientScripts() {
    }

    /** Skips the test, saying why, when a command does not run here (the client is not installed). */
    static void assumeRuns(String reason, String... command) {
        boolean runs;
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            runs = process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            runs = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runs = false;
        }
        Assumptions.assumeTrue(runs, reason);
    }

    /** Runs the client script of test resources {@code sdmx/} with the base URL; its lines, or a failure. */
    static List<String> run(String interpreter, String script, String base) throws IOException, InterruptedException {
        Path file = TestStore.REPO.resolve("src/test/resources/sdmx").resolve(script);
        Process process = new ProcessBuilder(interpreter, file.toString(), base).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish in " + TIMEOUT_SECONDS + " s:\n" + output);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(script + " failed (exit " + process.exitValue() + "):\n" + output);
        }
        return output.lines().map(String::strip).toList();
    }

    /** The words after a tag, for each line that starts with it ({@code FLOW DF_MIGRATION} gives DF_MIGRATION). */
    static List<List<String>> facts(List<String> lines, String tag) {
        List<List<String>> facts = new ArrayList<>();
        for (String line : lines) {
            List<String> words = List.of(line.split("\\s+"));
            if (!words.isEmpty() && words.get(0).equals(tag)) {
                facts.add(words.subList(1, words.size()));
            }
        }
        return facts;
    }

    /** The 2022 values of the OBS lines, by area. */
    static Map<String, BigDecimal> observations2022(List<String> lines) {
        Map<String, BigDecimal> values = new TreeMap<>();
        for (List<String> fact : facts(lines, "OBS")) {
            if (fact.get(1).startsWith("2022")) {
                values.put(fact.get(0), new BigDecimal(fact.get(2)));
            }
        }
        return values;
    }
}
