package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.LargeWdiFile;
import org.rives.testing.TestStore;

/**
 * A load whose process is killed (SIGKILL) in the middle leaves the figures exactly as they were:
 * a child JVM commits a small file, starts a large one, and is killed while staging it.
 */
class KilledLoadTest {

    /** The child process: loads the small file, says so, then loads the large one. */
    public static void main(String[] args) throws Exception {
        try (TestStore store = new TestStore(Path.of(args[0]))) {
            store.load("worldbank-wdi", Path.of(args[1]));
            System.out.println("BASE");
            System.out.flush();
            store.load("worldbank-wdi", Path.of(args[2]));
            System.out.println("DONE");
        }
    }

    @Test
    void figuresSurviveAKilledLoad(@TempDir Path dir) throws Exception {
        Path small = Files.writeString(dir.resolve("small.csv"), BadInputTest.PREAMBLE + BadInputTest.HEADER
                + BadInputTest.row("Morocco", "MAR", "100", "200"), StandardCharsets.UTF_8);
        Path large = LargeWdiFile.write(dir.resolve("large.csv"), 1025, 1);
        Path storeDir = Files.createDirectories(dir.resolve("store"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledLoadTest.class.getName(),
                storeDir.toString(), small.toString(), large.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("BASE")) {
            // skip the child's log lines until the base load is committed
        }
        assertThat(line).as("the child committed its first load").isEqualTo("BASE");
        Thread.sleep(400);
        boolean finishedFirst = !child.isAlive();
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Assumptions.assumeFalse(finishedFirst, "the large load finished before it could be killed");

        try (TestStore store = new TestStore(storeDir)) {
            assertThat(store.rows("SELECT load_id, status FROM load ORDER BY load_id")).containsExactly("1\tcommitted");
            List<String> figures = store.rows("SELECT s.ref_area, o.time_period, o.obs_value FROM observation o "
                    + "JOIN series s USING (series_id) ORDER BY 1, 2");
            assertThat(figures).containsExactly("MAR\t2021\t100.0", "MAR\t2022\t200.0");
        }
    }
}
