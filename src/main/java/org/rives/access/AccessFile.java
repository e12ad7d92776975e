package org.rives.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.function.UnaryOperator;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The providers and tokens, in a small JSON file beside the store ({@code data/access.json}, readable by
 * its owner only). A file rather than a table of the DuckDB store because DuckDB lets one process open
 * the store: the operator must be able to create and revoke tokens with {@code rives token …} while the
 * server runs, and the server sees the change at the next request. It also keeps credentials out of the
 * store, which is copied, backed up and exported to share figures.
 *
 * <p>Writers (the command line, the server's provider endpoints) take an exclusive lock on a lock file,
 * read, change, write a temporary file and move it over the old one atomically: a reader sees the old
 * file or the new one, never half of one.
 */
public final class AccessFile {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private record Snapshot(Object stamp, AccessData data) {
    }

    private final Path file;
    private volatile Snapshot cached = new Snapshot(null, AccessData.EMPTY);

    public AccessFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path path() {
        return file;
    }

    /** The current content; the file is read again only when it changed on disk (a stat per call). */
    public AccessData read() {
        Object stamp = stamp();
        Snapshot current = cached;
        if (Objects.equals(stamp, current.stamp())) {
            return current.data();
        }
        AccessData data = stamp == null ? AccessData.EMPTY : parse();
        cached = new Snapshot(stamp, data);
        return data;
    }

    /** Applies a change under the lock and writes the result; returns it. */
    public AccessData update(UnaryOperator<AccessData> change) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel lockChannel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockChannel.lock()) {
                AccessData next = change.apply(Files.exists(file) ? parse() : AccessData.EMPTY);
                write(next);
                return next;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(AccessData data) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.write(temporary, JSON.writeValueAsBytes(data));
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private AccessData parse() {
        try {
            return JSON.readValue(file.toFile(), AccessData.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException("the access file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** What identifies this version of the file: a new file (atomic move) has a new inode. */
    private Object stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            return java.util.List.of(key == null ? "" : key, attributes.lastModifiedTime(), attributes.size());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
