package org.rives.connector.jsonstat;

import static org.rives.connector.json.JsonFeed.error;
import static org.rives.connector.json.JsonFeed.next;
import static org.rives.connector.json.JsonFeed.scalarText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rives.connector.FeedFormatException;
import org.rives.connector.cell.Excerpt;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the {@code dimension} object of a JSON-stat 2.0 dataset: for each dimension, its category
 * codes in cube order. The order comes from {@code category.index}, which is either an array of codes
 * or an object from code to position; a dimension with a single category may give only a
 * {@code label} object, whose one key is then the code.
 */
final class JsonStatDimensions {

    /**
     * Categories a dataset may list in all dimensions together; they are held while the values are read.
     * Eurostat's largest dimension (NUTS 3 regions) has about 1,500.
     */
    static final int MAX_CATEGORIES = 100_000;
    static final String LIMIT = "a dataset lists at most " + String.format(Locale.ROOT, "%,d", MAX_CATEGORIES)
            + " categories in all its dimensions";

    private final JsonParser parser;
    private int categories;

    private JsonStatDimensions(JsonParser parser) {
        this.parser = parser;
    }

    /** Called on the START_OBJECT of {@code dimension}; returns codes by dimension id. */
    static Map<String, String[]> read(JsonParser parser) throws FeedFormatException {
        JsonStatDimensions reader = new JsonStatDimensions(parser);
        Map<String, String[]> dimensions = new LinkedHashMap<>();
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String id = parser.currentName();
            if (next(parser) != JsonToken.START_OBJECT) {
                throw error(parser, "dimension \"" + id + "\" should be an object");
            }
            dimensions.put(id, reader.dimension(id));
        }
        return dimensions;
    }

    /** Counts one more category, refusing the file where it crosses the limit. */
    private void counted() throws FeedFormatException {
        if (++categories > MAX_CATEGORIES) {
            throw error(parser, "too many categories: " + LIMIT);
        }
    }

    private String[] dimension(String id) throws FeedFormatException {
        String[] codes = null;
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = next(parser);
            if ("category".equals(name) && token == JsonToken.START_OBJECT) {
                codes = category(id);
            } else {
                parser.skipChildren();
            }
        }
        if (codes == null) {
            throw error(parser, "dimension \"" + id + "\" has no category index");
        }
        return codes;
    }

    private String[] category(String id) throws FeedFormatException {
        String[] index = null;
        String firstLabel = null;
        long labels = 0;
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = next(parser);
            if ("index".equals(name)) {
                index = token == JsonToken.START_ARRAY ? indexArray(id) : indexObject(id);
            } else if ("label".equals(name) && token == JsonToken.START_OBJECT) {
                // only a lone label stands for the index: the others are counted, not kept
                while (next(parser) == JsonToken.PROPERTY_NAME) {
                    firstLabel = labels++ == 0 ? parser.currentName() : firstLabel;
                    next(parser);
                    parser.skipChildren();
                }
            } else {
                parser.skipChildren();
            }
        }
        if (index != null) {
            return index;
        }
        if (labels == 1) {
            counted();
            return new String[] {firstLabel};
        }
        throw error(parser, "dimension \"" + id + "\" has " + labels
                + " categories but no category.index to order them");
    }

    private String[] indexArray(String id) throws FeedFormatException {
        List<String> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (next(parser) != JsonToken.END_ARRAY) {
            counted();
            String code = scalarText(parser);
            if (!seen.add(code)) {
                throw repeated(id, code);
            }
            codes.add(code);
        }
        return codes.toArray(String[]::new);
    }

    /** A category listed twice would give two figures for one key: the file is broken, not the key. */
    private FeedFormatException repeated(String id, String code) {
        return error(parser, "dimension \"" + id + "\" lists category " + Excerpt.quoted(code) + " twice");
    }

    private String[] indexObject(String id) throws FeedFormatException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw error(parser, "category.index of dimension \"" + id + "\" should be an array or an object");
        }
        Map<Integer, String> byPosition = new HashMap<>();
        Set<String> seen = new HashSet<>();
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            counted();
            String code = parser.currentName();
            if (!seen.add(code)) {
                throw repeated(id, code);
            }
            if (next(parser) != JsonToken.VALUE_NUMBER_INT) {
                throw error(parser, "position of category \"" + code + "\" in dimension \"" + id
                        + "\" should be a whole number");
            }
            String before = byPosition.put(parser.getIntValue(), code);
            if (before != null) {
                throw error(parser, "dimension \"" + id + "\": categories " + Excerpt.quoted(before) + " and "
                        + Excerpt.quoted(code) + " both have position " + parser.getIntValue());
            }
        }
        String[] codes = new String[byPosition.size()];
        for (Map.Entry<Integer, String> entry : byPosition.entrySet()) {
            int position = entry.getKey();
            if (position < 0 || position >= codes.length) {
                throw error(parser, "dimension \"" + id + "\": category \"" + entry.getValue() + "\" has position "
                        + position + ", outside 0.." + (codes.length - 1));
            }
            codes[position] = entry.getValue();
        }
        return codes;
    }
}
