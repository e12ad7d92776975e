package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.TestStore;

/**
 * A file is archived under the SHA-256 of its bytes; a copy into the archive killed half-way leaves a partial
 * file, which the next start removes.
 */
class RawArchiveTest {

    @TempDir
    Path dir;

    /** A child process standing for a load that is archiving: it locks a partial file and waits to be killed. */
    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            System.out.println("COPYING");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(2));
        }
    }

    @Test
    void aFileOfManyBuffersIsArchivedUnderTheHashOfAllItsBytes() throws Exception {
        byte[] bytes = new byte[200_003]; // three 64 KB reads and a part, each hashed in slices, the last one short
        new Random(13).nextBytes(bytes);
        Path file = Files.write(dir.resolve("feed.csv"), bytes);
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(bytes));

        RawArchive.Entry entry = new RawArchive(dir.resolve("raw")).store(file);

        assertThat(entry.sha256()).isEqualTo(expected);
        assertThat(entry.bytes()).isEqualTo(bytes.length);
        assertThat(Files.readAllBytes(entry.path())).isEqualTo(bytes);
        assertThat(RawArchive.sha256Of(file)).isEqualTo(expected);
    }

    @Test
    void thePartialCopyOfAKilledLoadIsRemovedAtStart() throws Exception {
        Path raw = Files.createDirectories(dir.resolve("raw"));
        Path leftover = Files.writeString(raw.resolve("incoming-4242.part"), "half a file");
        try (TestStore store = new TestStore(dir)) {
            assertThat(leftover).doesNotExist();
            LoadReport report = store.load("worldbank-wdi", store.file("v1.csv", BadInputTest.PREAMBLE
                    + BadInputTest.HEADER + BadInputTest.row("Morocco", "MAR", "1", "2"), StandardCharsets.UTF_8));
            assertThat(raw.resolve(report.sha256().substring(0, 2)).resolve(report.sha256())).exists();
            try (var left = Files.list(raw)) {
                assertThat(left.map(path -> path.getFileName().toString())).containsExactly(report.sha256().substring(0, 2));
            }
        }
    }

    @Test
    void aCopyThatAnotherProcessIsMakingIsLeftAlone() throws Exception {
        RawArchive archive = new RawArchive(Files.createDirectories(dir.resolve("raw")));
        Path copying = Files.writeString(dir.resolve("raw/incoming-17.part"), "being written");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RawArchiveTest.class.getName(), copying.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("COPYING");

            assertThat(archive.removeLeftovers()).isZero();
            assertThat(copying).exists();
        } finally {
            other.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: the lock goes with the process
        }
        assertThat(archive.removeLeftovers()).isOne();
        assertThat(copying).doesNotExist();
    }
}
