package org.rives.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A large input made as it is read, never held: a prefix, one unit repeated, a suffix. For hostile tests
 * whose point is a file far larger than a small heap.
 */
public final class GeneratedInput extends InputStream {

    private final byte[][] pieces;
    private final long repeats;
    private int piece;
    private long repeat;
    private int offset;

    public GeneratedInput(String prefix, String unit, long repeats, String suffix) {
        this.pieces = new byte[][] {prefix.getBytes(StandardCharsets.UTF_8), unit.getBytes(StandardCharsets.UTF_8),
            suffix.getBytes(StandardCharsets.UTF_8)};
        this.repeats = repeats;
    }

    /** The same input written to a file, for a load that reads a path. */
    public static Path file(Path path, String prefix, String unit, long repeats, String suffix) {
        try (InputStream in = new GeneratedInput(prefix, unit, repeats, suffix);
             OutputStream out = Files.newOutputStream(path)) {
            in.transferTo(out);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int at, int length) {
        int written = 0;
        while (written < length && piece < pieces.length) {
            byte[] current = pieces[piece];
            if (piece == 1 && repeat >= repeats) {
                piece++;
                offset = 0;
                continue;
            }
            int n = Math.min(length - written, current.length - offset);
            System.arraycopy(current, offset, buffer, at + written, n);
            written += n;
            offset += n;
            if (offset == current.length) {
                offset = 0;
                if (piece == 1) {
                    repeat++;
                } else {
                    piece++;
                }
            }
        }
        return written == 0 && length > 0 ? -1 : written;
    }
}
