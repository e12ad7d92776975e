package org.rives.connector.csv;

import java.util.Arrays;

/**
 * The cells of the current record as bounds in the {@link CharWindow}, made into strings when first asked
 * for. A short cell that holds what its column held recently gives that very string again (a small cache
 * per column, one string per slot): the codes and periods of a long file repeat from row to row, and a
 * string made once has its hash computed once.
 */
final class RecordCells {

    /** Slots per column; a power of two. */
    private static final int RECENT = 64;
    /** Longer cells are made afresh: they are rarely codes. */
    private static final int SHORT = 24;

    private final CharWindow window;
    private final char quote;
    private int[] bounds = new int[64];
    private boolean[] doubled = new boolean[32];
    private String[] texts = new String[32];
    private long[] madeFor = new long[32];
    private String[][] recent = new String[32][];
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
            recent = Arrays.copyOf(recent, capacity);
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

    private String make(int column) {
        char[] chars = window.chars();
        int from = window.recordStart() + bounds[2 * column];
        int to = window.recordStart() + bounds[2 * column + 1];
        if (doubled[column]) {
            return undoubled(chars, from, to);
        }
        if (to - from > SHORT) {
            return new String(chars, from, to - from);
        }
        if (recent[column] == null) {
            recent[column] = new String[RECENT];
        }
        int slot = hash(chars, from, to) & (RECENT - 1);
        String seen = recent[column][slot];
        if (seen == null || !holds(chars, from, to, seen)) {
            seen = new String(chars, from, to - from);
            recent[column][slot] = seen;
        }
        return seen;
    }

    private static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return h ^ h >>> 7;
    }

    private static boolean holds(char[] chars, int from, int to, String text) {
        if (text.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (chars[i] != text.charAt(i - from)) {
                return false;
            }
        }
        return true;
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
