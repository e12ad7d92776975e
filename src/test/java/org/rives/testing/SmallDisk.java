package org.rives.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A size-limited file system (tmpfs) mounted on a test folder, to see what a full disk does. Mounting
 * needs Linux and root (or CAP_SYS_ADMIN); where the machine does not allow it, the test is skipped and
 * says why.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code size} (mount's notation: 3m, 512k) on a new folder, or skips the test. */
    public static SmallDisk mount(Path folder, String size) throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "a size-limited tmpfs needs Linux");
        Files.createDirectories(folder);
        String failure = run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", folder.toString());
        assumeTrue(failure == null, () -> "cannot mount a " + size + " tmpfs on " + folder + " (mounting needs root or "
                + "CAP_SYS_ADMIN): " + failure);
        return new SmallDisk(folder);
    }

    public Path path() {
        return mountPoint;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        String failure = run("umount", mountPoint.toString());
        if (failure != null && run("umount", "-l", mountPoint.toString()) != null) {
            throw new IOException("cannot unmount " + mountPoint + ": " + failure);
        }
    }

    /** Runs a command; returns null when it succeeded, else what it said. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return command[0] + " did not finish";
        }
        return process.exitValue() == 0 ? null : said;
    }
}
