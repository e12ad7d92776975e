package org.rives.connector;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The compliance kit's input without end: a prefix, then one unit repeated, generated as it is read. It
 * counts what was read and, past a limit, fails the test: a reader that reads that far without handing
 * rows over holds the file instead of streaming it.
 */
final class EndlessInput extends InputStream {

    private final byte[] prefix;
    private final byte[] unit;
    private final long limit;
    private long count;

    EndlessInput(ReaderContract.Endless endless, long limit) {
        this.prefix = endless.prefix().getBytes(StandardCharsets.UTF_8);
        this.unit = endless.unit().getBytes(StandardCharsets.UTF_8);
        this.limit = limit;
    }

    synchronized long count() {
        return count;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
        if (count >= limit) {
            throw new AssertionError("the reader read " + count + " bytes without handing over "
                    + ReaderContract.STREAMED_ROWS + " rows: it holds the file instead of streaming it");
        }
        for (int i = 0; i < length; i++) {
            buffer[offset + i] = count < prefix.length ? prefix[(int) count]
                    : unit[(int) ((count - prefix.length) % unit.length)];
            count++;
        }
        return length;
    }
}
