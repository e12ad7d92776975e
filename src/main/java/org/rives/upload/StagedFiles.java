package org.rives.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The folder where uploads wait between their dry run and their commit ({@code data/uploads/}). A body
 * is streamed to disk through a 64 KB buffer, hashed on the way, and cut off as soon as it passes the
 * limit: an oversized upload costs the buffer and at most the limit on disk, never the heap. All staged
 * files together stay under a bound too.
 */
final class StagedFiles {

    /** A file received whole. */
    record Staged(Path path, long bytes, String sha256) {
    }

    private final Path dir;
    private final long maxFileBytes;
    private final long maxTotalBytes;
    private final AtomicLong held = new AtomicLong();

    StagedFiles(Path dir, long maxFileBytes, long maxTotalBytes) {
        this.dir = dir;
        this.maxFileBytes = maxFileBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    long maxFileBytes() {
        return maxFileBytes;
    }

    /** Empties the folder: uploads do not outlive the server that received them. */
    void clear() {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the upload folder " + dir, e);
        }
    }

    /**
     * Streams a body to {@code <id>}, refusing it (413) before reading when it announces more than the
     * limit, and as soon as it passes the limit when it did not say.
     */
    Staged receive(String id, InputStream body, long announced) throws IOException {
        if (announced > maxFileBytes) {
            throw UploadProblem.tooLarge(maxFileBytes);
        }
        if (held.get() + Math.max(announced, 0) > maxTotalBytes) {
            throw UploadProblem.busy("the server holds as many uploads as it can; try again when some are committed");
        }
        Files.createDirectories(dir);
        Path partial = dir.resolve(id + ".part");
        MessageDigest digest = sha256();
        long count = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = readFrom(body, buffer); read >= 0; read = readFrom(body, buffer)) {
                count += read;
                if (count > maxFileBytes) {
                    throw UploadProblem.tooLarge(maxFileBytes);
                }
                if (held.get() + count > maxTotalBytes) {
                    throw UploadProblem.busy("the server holds as many uploads as it can; try again later");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Path staged = Files.move(partial, dir.resolve(id), StandardCopyOption.ATOMIC_MOVE);
        held.addAndGet(count);
        return new Staged(staged, count, HexFormat.of().formatHex(digest.digest()));
    }

    /** A body that stops short (the client gone, the connection cut) is the caller's problem, not the server's. */
    private static int readFrom(InputStream body, byte[] buffer) {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            throw UploadProblem.badRequest("the upload was cut short before the end of the file");
        }
    }

    void delete(Staged staged) {
        try {
            if (Files.deleteIfExists(staged.path())) {
                held.addAndGet(-staged.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + staged.path(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
