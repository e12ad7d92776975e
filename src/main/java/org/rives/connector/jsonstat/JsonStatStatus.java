package org.rives.connector.jsonstat;

import static org.rives.connector.json.JsonFeed.error;
import static org.rives.connector.json.JsonFeed.next;
import static org.rives.connector.json.JsonFeed.scalarText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rives.connector.FeedFormatException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The {@code status} of a JSON-stat dataset: one text for every cell, an array aligned with the cells,
 * or (Eurostat) a sparse object keyed by flat index. Eurostat concatenates flags ({@code ep} is
 * estimated and provisional); the text is passed on whole and the connector's flag map reads it.
 *
 * <p>Held until the values are read, compactly: each flagged cell is one {@code long} (its index and
 * the number of its text among the few distinct texts), at most {@value #MAX_FLAGGED} of them (32 MB).
 */
final class JsonStatStatus {

    static final int MAX_FLAGGED = 4_000_000;
    /** Distinct status texts: a publisher uses a handful. */
    static final int MAX_TEXTS = 256;
    /** Flat indexes above this cannot be packed; no cube of a real dataset comes near. */
    private static final long MAX_INDEX = (1L << 55) - 1;

    static final JsonStatStatus NONE = new JsonStatStatus(null, new long[0], 0, List.of());

    private final String all;
    /** Flagged cells, each {@code index << 8 | text number}, sorted. */
    private final long[] packed;
    private final int size;
    private final List<String> texts;

    private JsonStatStatus(String all, long[] packed, int size, List<String> texts) {
        this.all = all;
        this.packed = packed;
        this.size = size;
        this.texts = texts;
    }

    /** Called on the first token of {@code status}. */
    static JsonStatStatus read(JsonParser parser) throws FeedFormatException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            Packer packer = new Packer(parser);
            long index = 0;
            while (next(parser) != JsonToken.END_ARRAY) {
                packer.add(index++, scalarText(parser));
            }
            return packer.status();
        }
        if (token == JsonToken.START_OBJECT) {
            Packer packer = new Packer(parser);
            while (next(parser) == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                next(parser);
                packer.add(index(parser, key), scalarText(parser));
            }
            return packer.status();
        }
        return new JsonStatStatus(scalarText(parser), new long[0], 0, List.of());
    }

    private static long index(JsonParser parser, String key) throws FeedFormatException {
        try {
            long index = Long.parseLong(key);
            if (index >= 0 && index <= MAX_INDEX) {
                return index;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(parser, "status key \"" + key + "\" is not a cell index");
    }

    /** The flags of the cell at {@code index}, or null. */
    String of(long index) {
        if (all != null) {
            return all;
        }
        if (size == 0 || index < 0 || index > MAX_INDEX) {
            return null;
        }
        int at = Arrays.binarySearch(packed, 0, size, index << 8);
        int position = at >= 0 ? at : -at - 1;
        if (position < size && packed[position] >>> 8 == index) {
            return texts.get((int) (packed[position] & 0xff));
        }
        return null;
    }

    /** Collects flagged cells as they are read, within the limits. */
    private static final class Packer {
        private final JsonParser parser;
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> texts = new ArrayList<>();
        private long[] packed = new long[64];
        private int size;
        private boolean sorted = true;

        Packer(JsonParser parser) {
            this.parser = parser;
        }

        void add(long index, String text) throws FeedFormatException {
            if (text == null) {
                return;
            }
            Integer number = numbers.get(text);
            if (number == null) {
                if (texts.size() == MAX_TEXTS) {
                    throw error(parser, "status uses more than " + MAX_TEXTS + " different texts");
                }
                number = texts.size();
                numbers.put(text, number);
                texts.add(text);
            }
            if (size == MAX_FLAGGED) {
                throw error(parser, "status flags more than " + String.format(Locale.ROOT, "%,d", MAX_FLAGGED)
                        + " cells, which is as many as Rives holds while it reads a dataset");
            }
            if (size == packed.length) {
                packed = Arrays.copyOf(packed, Math.min(MAX_FLAGGED, size * 2));
            }
            long entry = index << 8 | number;
            sorted &= size == 0 || packed[size - 1] <= entry;
            packed[size++] = entry;
        }

        JsonStatStatus status() {
            if (!sorted) {
                Arrays.sort(packed, 0, size);
            }
            return new JsonStatStatus(null, packed, size, List.copyOf(texts));
        }
    }
}
