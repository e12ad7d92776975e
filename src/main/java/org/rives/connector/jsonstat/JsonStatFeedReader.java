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
import java.util.Locale;
import java.util.Map;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.connector.FeedReader;
import org.rives.connector.ObservationSink;
import org.rives.connector.cell.CellConventions;
import org.rives.connector.json.JsonFeed;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonParser.NumberType;
import tools.jackson.core.JsonToken;

/**
 * JSON-stat 2.0, one dataset per response, as the Eurostat statistics API serves it. Dimensions reach
 * the sink by their ids with category codes as values, the time dimension as the period, the
 * {@code status} text as the flag cell.
 *
 * <p>The file is read with a streaming parser; nothing builds a tree of it. JSON-stat puts no order on
 * the keys of a dataset, and a flat index means nothing until {@code id}, {@code size} and
 * {@code dimension} are known: when those (and {@code status}, if any) come first, cells go to the sink
 * as they are read; otherwise (Eurostat writes {@code value} first) the value entries are held in a
 * temporary file, one per observation in the file, and replayed once the dimensions are read.
 *
 * <p>What a hostile or broken dataset cannot do: a dense {@code value} array must hold exactly one entry
 * per cell of the cube (shorter or longer, no cell could be placed with certainty); sizes that multiply
 * beyond what can be counted, or more than {@value JsonStatDimensions#MAX_CATEGORIES} categories in all,
 * are refused where they are written.
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
        JsonFeed.read(input, parser -> {
            try (Dataset dataset = new Dataset(parser, sink)) {
                expect(parser, JsonToken.START_OBJECT, "a JSON-stat response");
                dataset.read();
            }
        });
    }

    /** What has been read of one dataset object so far. */
    private static final class Dataset implements AutoCloseable {
        private final JsonParser parser;
        private final ObservationSink sink;
        private List<String> ids;
        private List<Integer> sizes;
        private long[] sizesAt;
        private Map<String, String[]> dimensions;
        private String timeRole;
        private JsonStatStatus status;
        private JsonStatValueBuffer buffer;
        private JsonStatEmitter emitter;
        /** Entries of a dense value array, and where it starts; -1 when values are keyed by index. */
        private long denseEntries = -1;
        private long[] valueAt;

        Dataset(JsonParser parser, ObservationSink sink) {
            this.parser = parser;
            this.sink = sink;
        }

        @Override
        public void close() throws IOException {
            if (buffer != null) {
                buffer.close();
            }
        }

        void read() throws FeedFormatException, IOException {
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
            checkDenseLength(emitter.cube());
            if (buffer != null) {
                buffer.replay(emitter);
            }
        }

        /** A dense array places each value by its position: one entry too few or too many and none is sure. */
        private void checkDenseLength(JsonStatCube cube) throws FeedFormatException {
            if (denseEntries >= 0 && denseEntries != cube.cells()) {
                throw new FeedFormatException(valueAt[0], (int) valueAt[1], "value holds " + count(denseEntries)
                        + " entries but the dimensions describe " + count(cube.cells()) + " cells ("
                        + cube.describe() + "); a value array gives one entry per cell, in order, so none can be "
                        + "placed with certainty");
            }
        }

        private void checkClass(String value) throws FeedFormatException {
            if (!"dataset".equals(value)) {
                throw error(parser, "this is a JSON-stat " + value + "; Rives reads one dataset per file");
            }
        }

        private void values() throws FeedFormatException, IOException {
            if (ids != null && sizes != null && dimensions != null && status != null) {
                emitter = new JsonStatEmitter(cube(), status, sink);
            } else {
                buffer = new JsonStatValueBuffer();
            }
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_ARRAY) {
                valueAt = new long[] {line(parser), column(parser)};
                long index = 0;
                while (next(parser) != JsonToken.END_ARRAY) {
                    if (emitter != null && index == emitter.cube().cells()) {
                        throw error(parser, "value holds more entries than the " + count(emitter.cube().cells())
                                + " cells the dimensions describe (" + emitter.cube().describe() + ")");
                    }
                    cell(index++, cellText(parser));
                }
                denseEntries = index;
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

        private void sparseCell(String key, String text) throws IOException {
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

        private void cell(long index, String text) throws IOException {
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
            JsonStatCube cube;
            try {
                cube = JsonStatCube.of(ids, sizes, dimensions, timeRole);
            } catch (IllegalArgumentException e) {
                throw error(parser, e.getMessage());
            } catch (ArithmeticException e) {
                throw new FeedFormatException(sizesAt[0], (int) sizesAt[1], "size " + sizes + " multiplies to more "
                        + "cells than can be counted (" + count(Long.MAX_VALUE) + " at most)");
            }
            sink.columns(cube.columnNames(), new int[cube.ids().length - 1], CellConventions.DEFAULTS);
            return cube;
        }

        private List<Integer> sizes() throws FeedFormatException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw error(parser, "size should be an array");
            }
            sizesAt = new long[] {line(parser), column(parser)};
            List<Integer> values = new ArrayList<>();
            while (next(parser) != JsonToken.END_ARRAY) {
                if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != NumberType.INT
                        || parser.getIntValue() < 0) {
                    throw error(parser, "size should hold whole numbers of categories");
                }
                if (parser.getIntValue() > JsonStatDimensions.MAX_CATEGORIES) {
                    throw error(parser, "size gives a dimension " + count(parser.getIntValue()) + " categories; "
                            + JsonStatDimensions.LIMIT);
                }
                values.add(parser.getIntValue());
            }
            return values;
        }

        private static String count(long n) {
            return String.format(Locale.ROOT, "%,d", n);
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
