package org.rives.connector.jsonstat;

import static org.rives.connector.json.JsonFeed.error;
import static org.rives.connector.json.JsonFeed.next;
import static org.rives.connector.json.JsonFeed.scalarText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rives.connector.FeedFormatException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the {@code dimension} object of a JSON-stat 2.0 dataset: for each dimension, its category
 * codes in cube order. The order comes from {@code category.index}, which is either an array of codes
 * or an object from code to position; a dimension with a single category may give only a
 * {@code label} object, whose one key is then the code.
 */
final class JsonStatDimensions {

    private JsonStatDimensions() {
    }

    /** Called on the START_OBJECT of {@code dimension}; returns codes by dimension id. */
    static Map<String, String[]> read(JsonParser parser) throws FeedFormatException {
        Map<String, String[]> dimensions = new LinkedHashMap<>();
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String id = parser.currentName();
            if (next(parser) != JsonToken.START_OBJECT) {
                throw error(parser, "dimension \"" + id + "\" should be an object");
            }
            dimensions.put(id, dimension(parser, id));
        }
        return dimensions;
    }

    private static String[] dimension(JsonParser parser, String id) throws FeedFormatException {
        String[] codes = null;
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = next(parser);
            if ("category".equals(name) && token == JsonToken.START_OBJECT) {
                codes = category(parser, id);
            } else {
                parser.skipChildren();
            }
        }
        if (codes == null) {
            throw error(parser, "dimension \"" + id + "\" has no category index");
        }
        return codes;
    }

    private static String[] category(JsonParser parser, String id) throws FeedFormatException {
        String[] index = null;
        List<String> labelKeys = new ArrayList<>();
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = next(parser);
            if ("index".equals(name)) {
                index = token == JsonToken.START_ARRAY ? indexArray(parser) : indexObject(parser, id);
            } else if ("label".equals(name) && token == JsonToken.START_OBJECT) {
                while (next(parser) == JsonToken.PROPERTY_NAME) {
                    labelKeys.add(parser.currentName());
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
        if (labelKeys.size() == 1) {
            return labelKeys.toArray(String[]::new);
        }
        throw error(parser, "dimension \"" + id + "\" has " + labelKeys.size()
                + " categories but no category.index to order them");
    }

    private static String[] indexArray(JsonParser parser) throws FeedFormatException {
        List<String> codes = new ArrayList<>();
        while (next(parser) != JsonToken.END_ARRAY) {
            codes.add(scalarText(parser));
        }
        return codes.toArray(String[]::new);
    }

    private static String[] indexObject(JsonParser parser, String id) throws FeedFormatException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw error(parser, "category.index of dimension \"" + id + "\" should be an array or an object");
        }
        Map<Integer, String> byPosition = new HashMap<>();
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String code = parser.currentName();
            if (next(parser) != JsonToken.VALUE_NUMBER_INT) {
                throw error(parser, "position of category \"" + code + "\" in dimension \"" + id
                        + "\" should be a whole number");
            }
            byPosition.put(parser.getIntValue(), code);
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
