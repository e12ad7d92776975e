package org.rives.connector.jsonstat;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The values of a JSON-stat file whose {@code value} comes before the dimensions that give it meaning
 * (Eurostat writes {@code value} and {@code status} first). Holds one entry per observation the file
 * carries, with where it was read, and nothing else; the cells are replayed in flat-index order once
 * the dimensions are known.
 */
final class JsonStatValueBuffer {

    private long[] indexes = new long[256];
    private String[] texts = new String[256];
    private long[] lines = new long[256];
    private int[] columns = new int[256];
    private int size;

    void add(long index, String text, long line, int column) {
        if (size == indexes.length) {
            int capacity = size * 2;
            indexes = Arrays.copyOf(indexes, capacity);
            texts = Arrays.copyOf(texts, capacity);
            lines = Arrays.copyOf(lines, capacity);
            columns = Arrays.copyOf(columns, capacity);
        }
        indexes[size] = index;
        texts[size] = text;
        lines[size] = line;
        columns[size] = column;
        size++;
    }

    void replay(JsonStatEmitter emitter) {
        int[] order = IntStream.range(0, size).boxed()
                .sorted((a, b) -> Long.compare(indexes[a], indexes[b]))
                .mapToInt(Integer::intValue).toArray();
        for (int i : order) {
            emitter.emit(indexes[i], texts[i], lines[i], columns[i]);
            texts[i] = null;
        }
    }
}
