package org.rives.connector.csv;

import java.io.IOException;
import java.util.Locale;

import org.rives.connector.FeedFormatException;

/**
 * RFC 4180 records read straight from the decoded characters, without a copy per character: a record is
 * a list of cell bounds in a {@link CharWindow}, and a cell becomes a {@code String} only when asked for.
 * It reads as Commons CSV's {@code RFC4180} format with empty lines ignored did, which the connectors and
 * their golden files were written against: a quote opens a quoted cell only as the cell's first character,
 * a doubled quote inside one stands for a quote, blanks between a closing quote and the delimiter are
 * dropped, CR, LF and CRLF end a line alike, a delimiter just before the end of the file leaves one more
 * empty cell. Its syntax errors keep that reader's wording, and also say where they are.
 */
final class RecordLexer {

    private static final int NOT_AN_END = -1;
    private static final int DELIMITER = 0;
    private static final int END_OF_LINE = 1;
    private static final int END_OF_FILE = 2;

    private final CharWindow window;
    private final char[] delimiter;
    private final char delimiterStart;
    private final int quote;
    private final RecordCells cells;
    private long line;
    private long nextLine = 1;

    /** The delimiter and quote are checked as Commons CSV checked them, with its messages. */
    RecordLexer(LineTrackingDecoder decoder, String delimiter, Character quote) {
        if (delimiter.indexOf('\n') >= 0 || delimiter.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("The delimiter cannot be a line break");
        }
        if (delimiter.isEmpty()) {
            throw new IllegalArgumentException("The delimiter cannot be empty");
        }
        if (quote != null && delimiter.indexOf(quote) >= 0) {
            throw new IllegalArgumentException("The quoteChar character and the delimiter cannot be the same ('"
                    + quote + "')");
        }
        this.window = new CharWindow(decoder);
        this.delimiter = delimiter.toCharArray();
        this.delimiterStart = this.delimiter[0];
        this.quote = quote == null ? -1 : quote;
        this.cells = new RecordCells(window, quote == null ? 0 : quote);
    }

    /** Reads the next record, lines holding nothing skipped; false at the end of the text. */
    boolean next() throws IOException, FeedFormatException {
        window.startRecord();
        if (!skipEmptyLines()) {
            return false;
        }
        line = window.lineBreaks() + 1;
        cells.clear();
        if (delimiter.length > 1 || !QuickRecord.read(window, cells, delimiterStart, quote)) {
            cells.clear();
            while (cell() == DELIMITER) {
                // the delimiter is consumed; the next cell follows
            }
        }
        nextLine = window.lineBreaks() + 1;
        return true;
    }

    /** The line the current record starts on. */
    long line() {
        return line;
    }

    /** The line after the one the previous record ended on: where a record that never ends is said to start. */
    long nextLine() {
        return nextLine;
    }

    /** The lines of the whole text, once it is read: the last one counts though no line break ends it. */
    long lines() {
        return window.lineBreaks() + (window.endsOnLineBreak() ? 0 : 1);
    }

    int size() {
        return cells.size();
    }

    String text(int column) {
        return cells.text(column);
    }

    private boolean skipEmptyLines() throws IOException {
        while (window.available(1)) {
            char c = window.charAt(window.pos);
            if (c != '\n' && c != '\r') {
                return true;
            }
            window.consumeLineEnd(c);
        }
        return false;
    }

    /** Reads one cell and what ends it, and moves past that end. */
    private int cell() throws IOException, FeedFormatException {
        if (!window.available(1)) {
            cells.add(window.here(), window.here(), false); // the empty cell after a delimiter that ends the file
            return END_OF_FILE;
        }
        return window.charAt(window.pos) == quote ? quotedCell() : plainCell();
    }

    private int plainCell() throws IOException {
        int from = window.here();
        while (window.available(1)) {
            if (window.scanPlain(delimiterStart)) {
                int end = endCell(from, window.here(), false);
                if (end != NOT_AN_END) {
                    return end;
                }
                window.pos++; // the delimiter's first character, not followed by the rest of it
            }
        }
        cells.add(from, window.here(), false);
        return END_OF_FILE;
    }

    private int quotedCell() throws IOException, FeedFormatException {
        long startLine = window.lineBreaks() + 1;
        long startColumn = window.column();
        window.pos++;
        int from = window.here();
        boolean doubled = false;
        while (true) {
            if (!window.available(1)) {
                throw new FeedFormatException(startLine, (int) startColumn, "malformed CSV: " + String.format(
                        Locale.ROOT, "(startline %,d) EOF reached before encapsulated token finished", startLine));
            }
            if (window.scanQuoted((char) quote)) {
                int to = window.here();
                window.pos++;
                if (!window.available(1) || window.charAt(window.pos) != quote) {
                    return afterClosingQuote(from, to, doubled);
                }
                doubled = true;
                window.pos++;
            }
        }
    }

    /** Blanks may follow a closing quote before the delimiter or the line end; anything else is an error. */
    private int afterClosingQuote(int from, int to, boolean doubled) throws IOException, FeedFormatException {
        while (window.available(1)) {
            int end = endCell(from, to, doubled);
            if (end != NOT_AN_END) {
                return end;
            }
            if (!Character.isWhitespace(window.charAt(window.pos))) {
                long at = window.lineBreaks() + 1;
                throw new FeedFormatException(at, (int) window.column(), "malformed CSV: " + String.format(Locale.ROOT,
                        "Invalid character between encapsulated token and delimiter at line: %,d, position: %,d",
                        at, window.offset() + 1));
            }
            window.pos++;
        }
        cells.add(from, to, doubled);
        return END_OF_FILE;
    }

    /** Keeps the cell when the position holds a delimiter or a line end, and moves past it; else NOT_AN_END. */
    private int endCell(int from, int to, boolean doubled) throws IOException {
        char c = window.charAt(window.pos);
        if (c == '\n' || c == '\r') {
            cells.add(from, to, doubled);
            window.consumeLineEnd(c);
            return END_OF_LINE;
        }
        if (c == delimiterStart && delimiterHere()) {
            cells.add(from, to, doubled);
            window.pos += delimiter.length;
            return DELIMITER;
        }
        return NOT_AN_END;
    }

    /** Whether the whole delimiter starts at the position, whose character is the delimiter's first. */
    private boolean delimiterHere() throws IOException {
        if (delimiter.length == 1) {
            return true;
        }
        if (!window.available(delimiter.length)) {
            return false;
        }
        for (int i = 1; i < delimiter.length; i++) {
            if (window.charAt(window.pos + i) != delimiter[i]) {
                return false;
            }
        }
        return true;
    }
}
