package org.rives.connector.sdmxjson;

import static org.rives.connector.json.JsonFeed.cellText;
import static org.rives.connector.json.JsonFeed.column;
import static org.rives.connector.json.JsonFeed.error;
import static org.rives.connector.json.JsonFeed.line;
import static org.rives.connector.json.JsonFeed.next;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.rives.connector.FeedFormatException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads {@code dataSets}: observations keyed by all dimensions ({@code dimensionAtObservation=
 * AllDimensions}) or grouped in series, each {@code [value, attribute index, ...]}. Every observation
 * goes to the consumer as it is read, with its indexes still unresolved.
 */
final class SdmxJsonDataSets {

    /** Where each observation goes. */
    interface CellConsumer {
        void accept(SdmxJsonCell cell) throws FeedFormatException, IOException;
    }

    private final JsonParser parser;
    private final CellConsumer consumer;

    SdmxJsonDataSets(JsonParser parser, CellConsumer consumer) {
        this.parser = parser;
        this.consumer = consumer;
    }

    /** Called on the START_ARRAY of {@code dataSets}. */
    void read() throws FeedFormatException, IOException {
        while (next(parser) == JsonToken.START_OBJECT) {
            dataSet();
        }
    }

    private void dataSet() throws FeedFormatException, IOException {
        int structure = 0;
        boolean structureSeen = false;
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = next(parser);
            if (name.equals("structure") && token == JsonToken.VALUE_NUMBER_INT) {
                structure = parser.getIntValue();
                structureSeen = true;
            } else if (name.equals("action") && token == JsonToken.VALUE_STRING && isDelete(parser.getString())) {
                throw error(parser, "the data set's action is " + parser.getString()
                        + ": a deletion message carries no figures to load");
            } else if (name.equals("series") && token == JsonToken.START_OBJECT) {
                series(structure, structureSeen);
            } else if (name.equals("observations") && token == JsonToken.START_OBJECT) {
                observations(structure, structureSeen, null, null);
            } else {
                parser.skipChildren();
            }
        }
    }

    private static boolean isDelete(String action) {
        return action.equalsIgnoreCase("Delete");
    }

    private void series(int structure, boolean structureSeen) throws FeedFormatException, IOException {
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            if (next(parser) != JsonToken.START_OBJECT) {
                throw error(parser, "series \"" + key + "\" should be an object");
            }
            Integer[] attributes = null;
            while (next(parser) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken token = next(parser);
                if (name.equals("attributes") && token == JsonToken.START_ARRAY) {
                    attributes = indexes();
                } else if (name.equals("observations") && token == JsonToken.START_OBJECT) {
                    observations(structure, structureSeen, key, attributes);
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    private void observations(int structure, boolean structureSeen, String seriesKey, Integer[] seriesAttributes)
            throws FeedFormatException, IOException {
        if (!structureSeen) {
            structure = 0; // SDMX-JSON 1.0 has a single structure and no index
        }
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            if (next(parser) != JsonToken.START_ARRAY) {
                throw error(parser, "observation \"" + key + "\" should be an array [value, attributes...]");
            }
            JsonToken first = next(parser);
            if (first == JsonToken.END_ARRAY) {
                throw error(parser, "observation \"" + key + "\" has no value");
            }
            long line = line(parser);
            int column = column(parser);
            String value = cellText(parser);
            consumer.accept(new SdmxJsonCell(structure, seriesKey, seriesAttributes, key, value, indexes(), line,
                    column));
        }
    }

    /** Attribute value indexes up to the end of the current array; null where none is given. */
    private Integer[] indexes() throws FeedFormatException {
        List<Integer> indexes = new ArrayList<>();
        while (next(parser) != JsonToken.END_ARRAY) {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT) {
                indexes.add(parser.getIntValue());
            } else if (token == JsonToken.VALUE_NULL) {
                indexes.add(null);
            } else {
                throw error(parser, "an attribute should be given by the index of its value, or null");
            }
        }
        return indexes.toArray(Integer[]::new);
    }
}
