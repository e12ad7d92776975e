package org.rives.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Every file a load reads is kept here, named by the SHA-256 of its bytes ({@code ab/abcdef…}), so
 * any load can be replayed and identical bytes are stored once. Files are streamed in, never held
 * whole in memory, and appear under their final name only once complete.
 */
public final class RawArchive {

    /** A file in the archive. */
    public record Entry(String sha256, long bytes, Path path) {
    }

    private final Path root;

    public RawArchive(Path root) {
        this.root = root;
    }

    /** The archive's folder. */
    public Path root() {
        return root;
    }

    public Entry store(Path source) throws IOException {
        Files.createDirectories(root);
        Path partial = Files.createTempFile(root, "incoming-", ".part");
        try {
            MessageDigest digest = sha256();
            long bytes;
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
                 OutputStream out = Files.newOutputStream(partial)) {
                bytes = in.transferTo(out);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(partial);
            } else {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Entry(sha, bytes, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** SHA-256 of a file, streamed. */
    public static String sha256Of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public Optional<Path> find(String sha256) {
        Path path = pathOf(sha256);
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }

    private Path pathOf(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
