package org.rives.connector;

/** The file as a whole cannot be read in its declared format; names where reading stopped. */
public class FeedFormatException extends Exception {

    private final long line;
    private final int column;

    public FeedFormatException(long line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }
}
