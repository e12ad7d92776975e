package org.rives.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Every file a load reads is kept here, named by the SHA-256 of its bytes ({@code ab/abcdef…}), so
 * any load can be replayed and identical bytes are stored once. Files are streamed in, never held
 * whole in memory, and appear under their final name only once complete: a copy in progress is an
 * {@code incoming-*.part} file, locked while the copy runs; one that a process killed while copying
 * left behind is removed at the next start ({@link #removeLeftovers()}).
 */
public final class RawArchive {

    /** A file in the archive. */
    public record Entry(String sha256, long bytes, Path path) {
    }

    private static final int DIGEST_SLICE = 8 * 1024;

    private final Path root;

    public RawArchive(Path root) {
        this.root = root;
    }

    /** The archive's folder. */
    public Path root() {
        return root;
    }

    /**
     * Copies a file into the archive. Reading the source may throw {@link IOException}; a failure to write
     * the archive (a full disk, no permission) is the store's and throws {@link StoreException}, after
     * removing the partial copy.
     */
    public Entry store(Path source) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(source)) {
            Path partial = createPartial();
            try {
                long bytes = copy(in, digest, partial);
                String sha = HexFormat.of().formatHex(digest.digest());
                Path target = pathOf(sha);
                Files.createDirectories(target.getParent());
                if (!Files.exists(target)) {
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return new Entry(sha, bytes, target);
            } catch (SourceReadException e) {
                throw e.getCause();
            } catch (IOException e) {
                throw failure("cannot archive " + source.getFileName(), e);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }

    /**
     * Removes the partial copies that an interrupted process left (killed while archiving); returns how
     * many. A copy still running, in this process or another sharing the folder, holds its file's lock and
     * is left alone.
     */
    public int removeLeftovers() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(root, "incoming-*.part")) {
            for (Path partial : partials) {
                if (abandoned(partial) && Files.deleteIfExists(partial)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw failure("cannot remove the partial copies in the archive", e);
        }
        return removed;
    }

    private static boolean abandoned(Path partial) throws IOException {
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false; // another process is copying into it
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this process is copying into it
        } catch (NoSuchFileException e) {
            return false; // the copy finished meanwhile
        }
    }

    private Path createPartial() {
        try {
            Files.createDirectories(root);
            return Files.createTempFile(root, "incoming-", ".part");
        } catch (IOException e) {
            throw failure("cannot write into the archive", e);
        }
    }

    /**
     * Copies the source into the partial file, holding its lock meanwhile; a failure to read is told apart
     * from a failure to write.
     */
    private static long copy(InputStream in, MessageDigest digest, Path partial) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long total = 0;
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            int n;
            while ((n = read(in, buffer.array())) >= 0) {
                digest(digest, buffer.array(), n);
                buffer.position(0).limit(n);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                buffer.clear();
                total += n;
            }
        }
        return total;
    }

    private static int read(InputStream in, byte[] buffer) throws SourceReadException {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new SourceReadException(e);
        }
    }

    private StoreException failure(String what, Throwable cause) {
        return new StoreException(what + " into " + root + ": " + cause.getMessage() + "; nothing was loaded", cause);
    }

    /** Reading the file to archive failed (not writing the archive). */
    private static final class SourceReadException extends IOException {
        SourceReadException(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** SHA-256 of a file, streamed. */
    public static String sha256Of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                digest(digest, buffer, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Feeds the digest in slices of {@link #DIGEST_SLICE} bytes. The JVM hashes with the processor's SHA
     * instructions only once the digest's block loop is compiled, and it compiles it sooner when called
     * more often: in a fresh process, 64 KB calls leave a 151 MB file hashed mostly by the interpreter
     * (about 0.9 s, against 0.5 s in 8 KB slices, on the development machine).
     */
    private static void digest(MessageDigest digest, byte[] bytes, int length) {
        for (int offset = 0; offset < length; offset += DIGEST_SLICE) {
            digest.update(bytes, offset, Math.min(DIGEST_SLICE, length - offset));
        }
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
