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
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes bytes strictly (an invalid byte is an error, never a replacement character) and knows the
 * line and column it has reached, so that a file in the wrong encoding is reported where it goes
 * wrong. A leading byte-order mark is dropped; a UTF-16 one ({@code FF FE}, {@code FE FF}) says the file
 * is UTF-16, whatever the connector declares, and it is read so. A NUL character is refused where it is:
 * no text file holds one, and one after every letter is UTF-16 without its byte-order mark.
 *
 * <p>Characters handed out since the last {@link #mark} are counted: a record (a row, quoted line breaks
 * included) longer than {@value #MAX_RECORD} characters is refused rather than held, since a single
 * unclosed quote would otherwise make the rest of the file one field in memory.
 */
final class LineTrackingDecoder extends Reader {

    /** Characters of one record: 8 MB of heap; the widest row of a real file is a few kilobytes. */
    static final int MAX_RECORD = 4 << 20;

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
    private long delivered;
    private long marked;

    LineTrackingDecoder(InputStream in, Charset declared) throws IOException {
        this.in = in;
        bytes.flip();
        chars.flip();
        while (!endOfInput && bytes.remaining() < 2) {
            refillBytes();
        }
        Charset charset = utf16ByOrderMark() ? StandardCharsets.UTF_16 : declared;
        this.encoding = charset.name();
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private boolean utf16ByOrderMark() {
        if (bytes.remaining() < 2) {
            return false;
        }
        int first = bytes.get(0) & 0xff;
        int second = bytes.get(1) & 0xff;
        return first == 0xff && second == 0xfe || first == 0xfe && second == 0xff;
    }

    long bytesRead() {
        return bytesRead;
    }

    /** The encoding the file is read in: the declared one, or UTF-16 when its byte-order mark says so. */
    String encoding() {
        return encoding;
    }

    /** Starts counting the characters of a new record. */
    void mark() {
        marked = delivered;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (delivered - marked > MAX_RECORD) {
            throw new RecordTooLongException();
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        delivered += n;
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
    private void track(CharBuffer decoded) throws EncodingException {
        char[] array = decoded.array();
        int from = decoded.arrayOffset() + decoded.position();
        int to = decoded.arrayOffset() + decoded.limit();
        int lastNewline = -1;
        for (int i = from; i < to; i++) {
            if (array[i] == '\n') {
                line++;
                lastNewline = i;
            } else if (array[i] == 0) {
                throw new EncodingException(line, lastNewline < 0 ? column + (i - from) : i - lastNewline,
                        "the file holds a NUL character (byte 0), which no text file does; a file with a NUL after "
                        + "every letter is UTF-16 without its byte-order mark: save it as UTF-8");
            }
        }
        column = lastNewline < 0 ? column + (to - from) : to - lastNewline;
        decoded.position(decoded.limit());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Thrown when a record grows beyond {@link #MAX_RECORD}; the reader of records knows where it began. */
    static final class RecordTooLongException extends IOException {
        RecordTooLongException() {
            super("a record of more than " + String.format(Locale.ROOT, "%,d", MAX_RECORD) + " characters");
        }
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
