package org.rives.connector.sdmxjson;

import static org.rives.connector.json.JsonFeed.error;
import static org.rives.connector.json.JsonFeed.next;
import static org.rives.connector.json.JsonFeed.scalarText;

import java.util.ArrayList;
import java.util.List;

import org.rives.connector.FeedFormatException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One structure of an SDMX-JSON data message: the dimensions and attributes at data set, series and
 * observation level, each with its values in the order the keys index them. The order is the
 * publisher's and need not be sorted: the OECD lists TIME_PERIOD as 2013, 2014, 2022, 2021, ...
 */
record SdmxJsonStructure(List<Component> dataSetDimensions, List<Component> seriesDimensions,
                         List<Component> observationDimensions, List<Component> seriesAttributes,
                         List<Component> observationAttributes) {

    /** A dimension or attribute: its id and the ids of its values by key position. */
    record Component(String id, String[] values, boolean time) {
    }

    /**
     * Values a message's structures may list in all, held while the data sets are read; the OECD's
     * largest dimension (countries of birth) has a few hundred.
     */
    static final int MAX_VALUES = 100_000;

    /** How many values the message's structures have listed so far. */
    static final class Budget {
        private int values;

        void count(JsonParser parser) throws FeedFormatException {
            if (++values > MAX_VALUES) {
                throw error(parser, "the message's structures list more than " + MAX_VALUES + " values in all, "
                        + "which is as many as Rives holds while it reads the data");
            }
        }
    }

    /** The columns a sink sees: every dimension but time, then every series or observation attribute. */
    List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (List<Component> level : List.of(dataSetDimensions, seriesDimensions, observationDimensions,
                seriesAttributes, observationAttributes)) {
            level.stream().filter(c -> !c.time()).forEach(c -> columns.add(c.id()));
        }
        return columns;
    }

    /** Called on the START_OBJECT of a structure. */
    static SdmxJsonStructure read(JsonParser parser, Budget budget) throws FeedFormatException {
        List<List<Component>> dimensions = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<Component>> attributes = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = next(parser);
            if ((name.equals("dimensions") || name.equals("attributes")) && token == JsonToken.START_OBJECT) {
                levels(parser, name.equals("dimensions") ? dimensions : attributes, budget);
            } else {
                parser.skipChildren();
            }
        }
        return new SdmxJsonStructure(dimensions.get(0), dimensions.get(1), dimensions.get(2), attributes.get(1),
                attributes.get(2));
    }

    private static void levels(JsonParser parser, List<List<Component>> into, Budget budget)
            throws FeedFormatException {
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String level = parser.currentName();
            JsonToken token = next(parser);
            int index = switch (level) {
                case "dataSet" -> 0;
                case "series" -> 1;
                case "observation" -> 2;
                default -> -1;
            };
            if (index < 0 || token != JsonToken.START_ARRAY) {
                parser.skipChildren();
                continue;
            }
            while (next(parser) == JsonToken.START_OBJECT) {
                budget.count(parser);
                into.get(index).add(component(parser, budget));
            }
        }
    }

    private static Component component(JsonParser parser, Budget budget) throws FeedFormatException {
        String id = null;
        List<String> values = new ArrayList<>();
        boolean time = false;
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = next(parser);
            switch (name) {
                case "id" -> id = scalarText(parser);
                case "values" -> values = values(parser, budget);
                case "role" -> time |= token == JsonToken.VALUE_STRING && "time".equals(parser.getString());
                case "roles" -> time |= roles(parser).contains("TIME_PERIOD");
                default -> parser.skipChildren();
            }
        }
        if (id == null) {
            throw error(parser, "a dimension or attribute of the structure has no id");
        }
        return new Component(id, values.toArray(String[]::new), time || "TIME_PERIOD".equals(id));
    }

    private static List<String> values(JsonParser parser, Budget budget) throws FeedFormatException {
        List<String> ids = new ArrayList<>();
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return ids;
        }
        while (next(parser) == JsonToken.START_OBJECT) {
            budget.count(parser);
            String id = null;
            while (next(parser) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                next(parser);
                if ("id".equals(name)) {
                    id = scalarText(parser);
                } else {
                    parser.skipChildren();
                }
            }
            ids.add(id);
        }
        return ids;
    }

    private static List<String> roles(JsonParser parser) throws FeedFormatException {
        List<String> roles = new ArrayList<>();
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return roles;
        }
        while (next(parser) != JsonToken.END_ARRAY) {
            roles.add(scalarText(parser));
        }
        return roles;
    }
}
