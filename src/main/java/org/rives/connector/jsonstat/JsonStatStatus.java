package org.rives.connector.jsonstat;

import static org.rives.connector.json.JsonFeed.error;
import static org.rives.connector.json.JsonFeed.next;
import static org.rives.connector.json.JsonFeed.scalarText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rives.connector.FeedFormatException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The {@code status} of a JSON-stat dataset: one text for every cell, an array aligned with the cells,
 * or (Eurostat) a sparse object keyed by flat index. Eurostat concatenates flags ({@code ep} is
 * estimated and provisional); the text is passed on whole and the connector's flag map reads it.
 */
final class JsonStatStatus {

    static final JsonStatStatus NONE = new JsonStatStatus(null, List.of(), Map.of());

    private final String all;
    private final List<String> dense;
    private final Map<Long, String> sparse;

    private JsonStatStatus(String all, List<String> dense, Map<Long, String> sparse) {
        this.all = all;
        this.dense = dense;
        this.sparse = sparse;
    }

    /** Called on the first token of {@code status}. */
    static JsonStatStatus read(JsonParser parser) throws FeedFormatException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            List<String> dense = new ArrayList<>();
            while (next(parser) != JsonToken.END_ARRAY) {
                dense.add(scalarText(parser));
            }
            return new JsonStatStatus(null, dense, Map.of());
        }
        if (token == JsonToken.START_OBJECT) {
            Map<Long, String> sparse = new HashMap<>();
            while (next(parser) == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                next(parser);
                try {
                    sparse.put(Long.parseLong(key), scalarText(parser));
                } catch (NumberFormatException e) {
                    throw error(parser, "status key \"" + key + "\" is not a cell index");
                }
            }
            return new JsonStatStatus(null, List.of(), sparse);
        }
        return new JsonStatStatus(scalarText(parser), List.of(), Map.of());
    }

    /** The flags of the cell at {@code index}, or null. */
    String of(long index) {
        if (all != null) {
            return all;
        }
        if (!dense.isEmpty()) {
            return index < dense.size() ? dense.get((int) index) : null;
        }
        return sparse.get(index);
    }
}
