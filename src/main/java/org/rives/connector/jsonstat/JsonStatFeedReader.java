package org.rives.connector.jsonstat;

import static org.rives.connector.json.JsonFeed.cellText;
import static org.rives.connector.json.JsonFeed.column;
import static org.rives.connector.json.JsonFeed.error;
import static org.rives.connector.json.JsonFeed.expect;
import static org.rives.connector.json.JsonFeed.line;
import static org.rives.connector.json.JsonFeed.next;
import static org.rives.connector.json.JsonFeed.scalarText;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.connector.FeedReader;
import org.rives.connector.ObservationSink;
import org.rives.connector.cell.CellConventions;
import org.rives.connector.json.JsonFeed;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * JSON-stat 2.0, one dataset per response, as the Eurostat statistics API serves it. Dimensions reach
 * the sink by their ids with category codes as values, the time dimension as the period, the
 * {@code status} text as the flag cell.
 *
 * <p>The file is read with a streaming parser; nothing builds a tree of it. JSON-stat puts no order on
 * the keys of a dataset, and a flat index means nothing until {@code id}, {@code size} and
 * {@code dimension} are known: when those (and {@code status}, if any) come first, cells go to the sink
 * as they are read; otherwise (Eurostat writes {@code value} first) only the value entries are held, one
 * per observation in the file, and replayed once the dimensions are read.
 */
public final class JsonStatFeedReader implements FeedReader {

    @Override
    public String format() {
        return "json-stat";
    }

    @Override
    public Map<String, String> quirkHandlers() {
        return Map.of(
                "json-stat:sparse-values", "value and status may be objects keyed by flat cell index; an absent "
                        + "index is no observation",
                "json-stat:value-first", "value and status may come before id, size and dimension: the values are "
                        + "held (one small entry per observation) until the dimensions are read",
                "json-stat:status-text", "a cell's status text is passed whole as its flags",
                JsonFeed.NULL_VALUE, JsonFeed.QUIRK_HANDLERS.get(JsonFeed.NULL_VALUE),
                JsonFeed.POSITIONS, JsonFeed.QUIRK_HANDLERS.get(JsonFeed.POSITIONS));
    }

    @Override
    public void read(InputStream input, String fileName, ConnectorDefinition definition, ObservationSink sink)
            throws IOException, FeedFormatException {
        try (JsonParser parser = JsonFeed.open(input)) {
            expect(parser, JsonToken.START_OBJECT, "a JSON-stat response");
            new Dataset(parser, sink).read();
        } catch (JacksonException e) {
            throw JsonFeed.translate(e);
        }
    }

    /** What has been read of one dataset object so far. */
    private static final class Dataset {
        private final JsonParser parser;
        private final ObservationSink sink;
        private List<String> ids;
        private List<Integer> sizes;
        private Map<String, String[]> dimensions;
        private String timeRole;
        private JsonStatStatus status;
        private JsonStatValueBuffer buffer;
        private JsonStatEmitter emitter;

        Dataset(JsonParser parser, ObservationSink sink) {
            this.parser = parser;
            this.sink = sink;
        }

        void read() throws FeedFormatException {
            while (next(parser) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                next(parser);
                switch (name) {
                    case "class" -> checkClass(scalarText(parser));
                    case "id" -> ids = JsonFeed.strings(parser);
                    case "size" -> sizes = sizes();
                    case "role" -> timeRole = timeRole();
                    case "dimension" -> dimensions = JsonStatDimensions.read(parser);
                    case "status" -> status = JsonStatStatus.read(parser);
                    case "value" -> values();
                    default -> parser.skipChildren();
                }
            }
            if (emitter == null) {
                emitter = new JsonStatEmitter(cube(), status == null ? JsonStatStatus.NONE : status, sink);
            }
            if (buffer != null) {
                buffer.replay(emitter);
            }
        }

        private void checkClass(String value) throws FeedFormatException {
            if (!"dataset".equals(value)) {
                throw error(parser, "this is a JSON-stat " + value + "; Rives reads one dataset per file");
            }
        }

        private void values() throws FeedFormatException {
            if (ids != null && sizes != null && dimensions != null && status != null) {
                emitter = new JsonStatEmitter(cube(), status, sink);
            } else {
                buffer = new JsonStatValueBuffer();
            }
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_ARRAY) {
                long index = 0;
                while (next(parser) != JsonToken.END_ARRAY) {
                    cell(index++, cellText(parser));
                }
            } else if (token == JsonToken.START_OBJECT) {
                while (next(parser) == JsonToken.PROPERTY_NAME) {
                    String key = parser.currentName();
                    next(parser);
                    sparseCell(key, cellText(parser));
                }
            } else {
                throw error(parser, "value should be an array or an object keyed by cell index");
            }
        }

        private void sparseCell(String key, String text) {
            long index;
            try {
                index = Long.parseLong(key);
            } catch (NumberFormatException e) {
                sink.rowRead();
                sink.reject(line(parser), column(parser), "value key \"" + key + "\" is not a cell index");
                return;
            }
            cell(index, text);
        }

        private void cell(long index, String text) {
            if (buffer != null) {
                buffer.add(index, text, line(parser), column(parser));
            } else {
                emitter.emit(index, text, line(parser), column(parser));
            }
        }

        private JsonStatCube cube() throws FeedFormatException {
            if (ids == null || sizes == null || dimensions == null) {
                throw error(parser, "not a JSON-stat 2.0 dataset: id, size and dimension are required"
                        + " (JSON-stat 1.0 bundles are not read)");
            }
            try {
                JsonStatCube cube = JsonStatCube.of(ids, sizes, dimensions, timeRole);
                sink.columns(cube.columnNames(), new int[cube.ids().length - 1], CellConventions.DEFAULTS);
                return cube;
            } catch (IllegalArgumentException e) {
                throw error(parser, e.getMessage());
            }
        }

        private List<Integer> sizes() throws FeedFormatException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw error(parser, "size should be an array");
            }
            List<Integer> values = new ArrayList<>();
            while (next(parser) != JsonToken.END_ARRAY) {
                if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() < 0) {
                    throw error(parser, "size should hold whole numbers of categories");
                }
                values.add(parser.getIntValue());
            }
            return values;
        }

        /** {@code role.time}: the dimension that holds the period, when the publisher says so. */
        private String timeRole() throws FeedFormatException {
            String time = null;
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return null;
            }
            while (next(parser) == JsonToken.PROPERTY_NAME) {
                String role = parser.currentName();
                next(parser);
                if ("time".equals(role) && parser.currentToken() == JsonToken.START_ARRAY) {
                    List<String> dims = JsonFeed.strings(parser);
                    time = dims.isEmpty() ? null : dims.get(0);
                } else {
                    parser.skipChildren();
                }
            }
            return time;
        }
    }
}
