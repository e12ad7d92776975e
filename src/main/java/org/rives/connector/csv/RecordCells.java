package org.rives.connector.csv;

import java.util.Arrays;

/**
 * The cells of the current record as bounds in the {@link CharWindow}, made into strings when first asked
 * for. A cell that holds what its column held in the record before gives that very string again: the codes
 * of a long file repeat from row to row, a string made once has its hash computed once, and comparing a few
 * characters costs less than making a string.
 */
final class RecordCells {

    /** Longer cells are made afresh: they are rarely codes. */
    private static final int SHORT = 32;

    private final CharWindow window;
    private final char quote;
    private int[] bounds = new int[64];
    private boolean[] doubled = new boolean[32];
    private String[] texts = new String[32];
    private long[] madeFor = new long[32];
    private char[][] previous = new char[32][];
    private int[] previousLength = new int[32];
    private long record;
    private int size;

    RecordCells(CharWindow window, char quote) {
        this.window = window;
        this.quote = quote;
    }

    void clear() {
        size = 0;
        record++;
    }

    void add(int from, int to, boolean hasDoubledQuotes) {
        if (size == doubled.length) {
            int capacity = size * 2;
            bounds = Arrays.copyOf(bounds, capacity * 2);
            doubled = Arrays.copyOf(doubled, capacity);
            texts = Arrays.copyOf(texts, capacity);
            madeFor = Arrays.copyOf(madeFor, capacity);
            previous = Arrays.copyOf(previous, capacity);
            previousLength = Arrays.copyOf(previousLength, capacity);
        }
        bounds[2 * size] = from;
        bounds[2 * size + 1] = to;
        doubled[size] = hasDoubledQuotes;
        size++;
    }

    int size() {
        return size;
    }

    /** The text of a cell; empty beyond the last one. */
    String text(int column) {
        if (column >= size) {
            return "";
        }
        if (madeFor[column] != record) {
            texts[column] = make(column);
            madeFor[column] = record;
        }
        return texts[column];
    }

    /** Makes the cell's string, or gives again the one made last for the column when it holds the same. */
    private String make(int column) {
        char[] chars = window.chars();
        int from = window.recordStart() + bounds[2 * column];
        int to = window.recordStart() + bounds[2 * column + 1];
        int length = to - from;
        if (doubled[column] || length > SHORT) {
            previousLength[column] = -1;
            return doubled[column] ? undoubled(chars, from, to) : new String(chars, from, length);
        }
        char[] seen = previous[column];
        if (seen != null && previousLength[column] == length && Arrays.equals(chars, from, to, seen, 0, length)) {
            return texts[column];
        }
        if (seen == null) {
            previous[column] = seen = new char[SHORT];
        }
        System.arraycopy(chars, from, seen, 0, length);
        previousLength[column] = length;
        return new String(chars, from, length);
    }

    /** The characters with each doubled quote read as one. */
    private String undoubled(char[] chars, int from, int to) {
        StringBuilder text = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            text.append(chars[i]);
            if (chars[i] == quote) {
                i++;
            }
        }
        return text.toString();
    }
}
