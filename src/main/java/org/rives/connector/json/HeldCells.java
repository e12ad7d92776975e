package org.rives.connector.json;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cells a JSON reader must hold until the part of the file that gives them meaning is read (JSON-stat's
 * dimensions after its values, SDMX-JSON's structure after its data sets). They are written to a
 * temporary file as they come and read back once, in the same order, so that memory stays the same
 * however many there are; the file is about as large as the cells' share of the input, and is deleted on
 * {@link #close}.
 *
 * @param <T> what one held cell is
 */
public final class HeldCells<T> implements AutoCloseable {

    /** How one cell is written and read back. */
    public interface Codec<T> {
        void write(DataOutputStream out, T cell) throws IOException;

        T read(DataInputStream in) throws IOException;
    }

    /** What is done with each cell read back. */
    @FunctionalInterface
    public interface Replay<T, E extends Exception> {
        void accept(T cell) throws E;
    }

    private final Codec<T> codec;
    private final Path file;
    private final DataOutputStream out;
    private long count;

    public HeldCells(Codec<T> codec) throws IOException {
        this.codec = codec;
        this.file = Files.createTempFile("rives-held-", ".cells");
        try {
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    public void add(T cell) throws IOException {
        codec.write(out, cell);
        count++;
    }

    public long size() {
        return count;
    }

    /** Hands every held cell back, in the order it was added. */
    public <E extends Exception> void replay(Replay<T, E> consumer) throws IOException, E {
        out.close();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (long i = 0; i < count; i++) {
                consumer.accept(codec.read(in));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes a text of any length, or null. */
    public static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
