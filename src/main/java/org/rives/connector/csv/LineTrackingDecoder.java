package org.rives.connector.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly (an invalid byte is an error, never a replacement character) and knows the
 * line and column it has reached, so that a file in the wrong encoding is reported where it goes
 * wrong. A leading byte-order mark is dropped.
 */
final class LineTrackingDecoder extends Reader {

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    private final String encoding;
    private boolean endOfInput;
    private boolean flushed;
    private boolean first = true;
    private long line = 1;
    private int column = 1;
    private long bytesRead;

    LineTrackingDecoder(InputStream in, Charset charset) {
        this.in = in;
        this.encoding = charset.name();
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    private boolean fill() throws IOException {
        if (flushed) {
            return false; // a parser may read again after the end; the decoder must not be run past its flush
        }
        chars.clear();
        while (chars.position() == 0) {
            if (!endOfInput && bytes.remaining() < 8) {
                refillBytes();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                chars.flip();
                track(chars);
                throw new EncodingException(line, column, "bytes are not valid " + encoding
                        + " (byte offset " + (bytesRead - bytes.remaining()) + ")");
            }
            if (endOfInput && !bytes.hasRemaining()) {
                decoder.flush(chars);
                flushed = true;
                break;
            }
        }
        chars.flip();
        if (first && chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
            chars.get();
        }
        first = false;
        CharBuffer view = chars.duplicate();
        track(view);
        return chars.hasRemaining();
    }

    private void refillBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
            bytesRead += n;
        }
        bytes.flip();
    }

    /** Moves line and column past the decoded characters (scanning the array: this runs on every byte). */
    private void track(CharBuffer decoded) {
        char[] array = decoded.array();
        int from = decoded.arrayOffset() + decoded.position();
        int to = decoded.arrayOffset() + decoded.limit();
        int lastNewline = -1;
        for (int i = from; i < to; i++) {
            if (array[i] == '\n') {
                line++;
                lastNewline = i;
            }
        }
        column = lastNewline < 0 ? column + (to - from) : to - lastNewline;
        decoded.position(decoded.limit());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Thrown when the bytes do not decode; carries where reading stopped. */
    static final class EncodingException extends IOException {
        final long line;
        final int column;

        EncodingException(long line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }
}
