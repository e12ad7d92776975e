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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

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

    /** Archives a file and waits for its hash. */
    public Entry store(Path source) throws IOException {
        try (Pending pending = begin(source)) {
            return pending.complete();
        }
    }

    /**
     * Copies the file into the archive under a temporary name and starts hashing the copy on a thread of
     * its own. A load reads the copy while it is hashed (the hash of a large file costs as long as a
     * good part of its parsing, on the core parsing leaves idle), and both read the same bytes: the copy
     * no one else writes.
     */
    public Pending begin(Path source) throws IOException {
        Files.createDirectories(root);
        Path partial = Files.createTempFile(root, "incoming-", ".part");
        try {
            Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        CompletableFuture<String> hash = new CompletableFuture<>();
        Thread hashing = new Thread(() -> {
            try {
                hash.complete(sha256Of(partial));
            } catch (IOException | RuntimeException e) {
                hash.completeExceptionally(e);
            }
        }, "rives-hash");
        hashing.setDaemon(true);
        hashing.start();
        return new Pending(partial, Files.size(partial), hash);
    }

    /** A copy being hashed: read it at {@link #path()}, then {@link #complete()} files it under its hash. */
    public final class Pending implements AutoCloseable {
        private final Path partial;
        private final long bytes;
        private final CompletableFuture<String> hash;
        private Entry entry;

        private Pending(Path partial, long bytes, CompletableFuture<String> hash) {
            this.partial = partial;
            this.bytes = bytes;
            this.hash = hash;
        }

        public Path path() {
            return entry == null ? partial : entry.path();
        }

        public long bytes() {
            return bytes;
        }

        /** Waits for the hash and files the copy under it (once; later calls return the same entry). */
        public Entry complete() throws IOException {
            if (entry != null) {
                return entry;
            }
            String sha = await();
            Path target = pathOf(sha);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(partial);
            } else {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            }
            entry = new Entry(sha, bytes, target);
            return entry;
        }

        private String await() throws IOException {
            try {
                return hash.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while hashing " + partial, e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IOException("cannot hash " + partial + ": " + e.getCause(), e.getCause());
            }
        }

        /** Drops the temporary copy if it was never filed. */
        @Override
        public void close() throws IOException {
            if (entry == null) {
                try {
                    hash.join();
                } catch (RuntimeException ignored) {
                    // the copy goes whether or not its hash could be computed
                }
                Files.deleteIfExists(partial);
            }
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
