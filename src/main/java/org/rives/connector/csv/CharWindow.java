package org.rives.connector.csv;

import java.io.IOException;
import java.util.Arrays;

/**
 * The decoded characters of the record being read, from its start (empty lines before it included) to
 * as far as the lexer has looked ahead, with the line breaks counted on the way. Positions handed out as
 * {@link #here()} are counted from the record's start, so that they hold when the window slides or grows.
 * The decoder bounds the window: it refuses a record longer than {@link LineTrackingDecoder#MAX_RECORD}.
 */
final class CharWindow {

    private static final int CHUNK = 64 * 1024;

    private final LineTrackingDecoder decoder;
    private char[] buf = new char[CHUNK];
    /** Index of the next character to read. */
    int pos;
    private int limit;
    private int recordStart;
    private long bufferOffset;
    private boolean ended;
    private int lastChar = -1;
    private long lineBreaks;
    private long lineStart;

    CharWindow(LineTrackingDecoder decoder) {
        this.decoder = decoder;
    }

    void startRecord() {
        recordStart = pos;
        decoder.mark();
    }

    /** Whether n characters are there from the position, reading on when needed. */
    boolean available(int n) throws IOException {
        while (limit - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    char charAt(int index) {
        return buf[index];
    }

    /** The position, counted from the start of the record. */
    int here() {
        return pos - recordStart;
    }

    /** Moves to the first line end or character c before the read-ahead runs out; whether there is one. */
    boolean scanPlain(char c) {
        char[] b = buf;
        int p = pos;
        int end = limit;
        while (p < end) {
            char ch = b[p];
            if (ch == c || ch == '\n' || ch == '\r') {
                pos = p;
                return true;
            }
            p++;
        }
        pos = end;
        return false;
    }

    /** Moves to the first quote, counting the line breaks passed; whether there is one before the read-ahead runs out. */
    boolean scanQuoted(char quote) {
        char[] b = buf;
        int p = pos;
        int end = limit;
        while (p < end) {
            char ch = b[p];
            if (ch == quote) {
                pos = p;
                return true;
            }
            // an LF right after a CR ends the same line; a quoted cell starts after its quote, so p - 1 is in the window
            if (ch == '\r' || ch == '\n' && b[p - 1] != '\r') {
                lineBreaks++;
            }
            if (ch == '\r' || ch == '\n') {
                lineStart = bufferOffset + p + 1;
            }
            p++;
        }
        pos = end;
        return false;
    }

    char[] chars() {
        return buf;
    }

    /** The end of what is read ahead. */
    int readAhead() {
        return limit;
    }

    int recordStart() {
        return recordStart;
    }

    /** Moves to an index just past a line end. */
    void passLineEnd(int index) {
        pos = index;
        lineBreaks++;
        lineStart = offset();
    }

    /** Moves past the line end at the position: CR, LF or CRLF. */
    void consumeLineEnd(char c) throws IOException {
        pos++;
        if (c == '\r' && available(1) && buf[pos] == '\n') {
            pos++;
        }
        lineBreaks++;
        lineStart = offset();
    }

    long lineBreaks() {
        return lineBreaks;
    }

    /** Whether the text read ends with a line break: then no more line follows it. */
    boolean endsOnLineBreak() {
        return lastChar == '\n' || lastChar == '\r';
    }

    /** The position as a count of characters from the start of the text. */
    long offset() {
        return bufferOffset + pos;
    }

    /** The position's 1-based column in its line. */
    long column() {
        return offset() - lineStart + 1;
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        if (limit == buf.length) {
            slide();
        }
        int n = decoder.read(buf, limit, buf.length - limit);
        if (n < 0) {
            ended = true;
            return false;
        }
        limit += n;
        lastChar = buf[limit - 1];
        return true;
    }

    /** Drops what lies before the record; grows the window when the record fills half of it. */
    private void slide() {
        int kept = limit - recordStart;
        if (recordStart > 0) {
            System.arraycopy(buf, recordStart, buf, 0, kept);
            bufferOffset += recordStart;
            pos -= recordStart;
            limit = kept;
            recordStart = 0;
        }
        if (kept > buf.length / 2) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
    }
}
