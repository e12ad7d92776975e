package org.rives.connector.sdmxjson;

import static org.rives.connector.json.JsonFeed.error;
import static org.rives.connector.json.JsonFeed.expect;
import static org.rives.connector.json.JsonFeed.next;

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
import org.rives.connector.cell.Excerpt;
import org.rives.connector.json.HeldCells;
import org.rives.connector.json.JsonFeed;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * SDMX-JSON data messages: version 2.0 ({@code data.dataSets} and {@code data.structures[]}, as the
 * OECD's .Stat API serves them) and 1.0 ({@code dataSets} and a single {@code structure}, at the top
 * level or under {@code data}). Dimension ids are the columns and value ids the codes; TIME_PERIOD is
 * the period; attributes are further columns (so a connector can keep only {@code UNIT_MULT: ["0"]});
 * OBS_STATUS is also the flag.
 *
 * <p>Read with a streaming parser. The observations' indexes mean nothing without the structure, which
 * publishers write after the data sets: when a structure comes first the observations go straight to
 * the sink, otherwise they are held in a temporary file ({@link HeldCells}), never in memory, until it is
 * read; a message whose structure never comes is refused once the file ends.
 */
public final class SdmxJsonFeedReader implements FeedReader {

    @Override
    public String format() {
        return "sdmx-json";
    }

    @Override
    public Map<String, String> quirkHandlers() {
        return Map.of(
                "sdmx-json:versions", "SDMX-JSON 2.0 (data.structures[]) and 1.0 (structure, role time) are both read",
                "sdmx-json:structure-last", "data sets before the structure: observations are held (one small entry "
                        + "each) until the structure is read",
                "sdmx-json:indexes-resolved", "every key and attribute index is looked up in the structure, whatever "
                        + "order its values are listed in",
                JsonFeed.NULL_VALUE, JsonFeed.QUIRK_HANDLERS.get(JsonFeed.NULL_VALUE),
                JsonFeed.POSITIONS, JsonFeed.QUIRK_HANDLERS.get(JsonFeed.POSITIONS));
    }

    @Override
    public void read(InputStream input, String fileName, ConnectorDefinition definition, ObservationSink sink)
            throws IOException, FeedFormatException {
        JsonFeed.read(input, parser -> {
            try (Message message = new Message(parser, sink)) {
                expect(parser, JsonToken.START_OBJECT, "an SDMX-JSON message");
                message.members();
                message.finish();
            }
        });
    }

    /** Errors of a message quoted in the report; the others are counted. */
    private static final int MAX_ERRORS_QUOTED = 5;

    /** The parts of one message read so far. */
    private static final class Message implements AutoCloseable {
        private final JsonParser parser;
        private final ObservationSink sink;
        private final List<SdmxJsonStructure> structures = new ArrayList<>();
        private final SdmxJsonStructure.Budget budget = new SdmxJsonStructure.Budget();
        private HeldCells<SdmxJsonCell> pending;
        private SdmxJsonEmitter emitter;
        private boolean dataSetsSeen;

        Message(JsonParser parser, ObservationSink sink) {
            this.parser = parser;
            this.sink = sink;
        }

        @Override
        public void close() throws IOException {
            if (pending != null) {
                pending.close();
            }
        }

        /** Reads the members of the current object; {@code data} holds the same members in 2.0. */
        void members() throws FeedFormatException, IOException {
            while (next(parser) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken token = next(parser);
                if (name.equals("data") && token == JsonToken.START_OBJECT) {
                    members();
                } else if (name.equals("structures") && token == JsonToken.START_ARRAY) {
                    while (next(parser) == JsonToken.START_OBJECT) {
                        budget.count(parser);
                        structures.add(SdmxJsonStructure.read(parser, budget));
                    }
                } else if (name.equals("structure") && token == JsonToken.START_OBJECT) {
                    budget.count(parser);
                    structures.add(SdmxJsonStructure.read(parser, budget));
                } else if (name.equals("dataSets") && token == JsonToken.START_ARRAY) {
                    dataSetsSeen = true;
                    new SdmxJsonDataSets(parser, this::accept).read();
                } else if (name.equals("errors") && token == JsonToken.START_ARRAY) {
                    errors();
                } else {
                    parser.skipChildren();
                }
            }
        }

        private void accept(SdmxJsonCell cell) throws FeedFormatException, IOException {
            if (emitter == null && !structures.isEmpty()) {
                emitter = start();
            }
            if (emitter != null) {
                emitter.emit(cell);
                return;
            }
            if (pending == null) {
                pending = new HeldCells<>(SdmxJsonCell.CODEC);
            }
            pending.add(cell);
        }

        private SdmxJsonEmitter start() throws FeedFormatException {
            List<String> columns = structures.get(0).columns();
            for (SdmxJsonStructure structure : structures) {
                if (!structure.columns().equals(columns)) {
                    throw error(parser, "the message's structures have different dimensions: " + columns + " and "
                            + structure.columns() + "; load one structure per file");
                }
            }
            sink.columns(columns.toArray(String[]::new), new int[columns.size()], CellConventions.DEFAULTS);
            return new SdmxJsonEmitter(structures, sink);
        }

        void finish() throws FeedFormatException, IOException {
            if (structures.isEmpty()) {
                throw error(parser, dataSetsSeen ? "the message has data sets but no structure to read them with"
                        : "not an SDMX-JSON data message: no data sets and no structure");
            }
            if (emitter == null) {
                emitter = start();
            }
            if (pending != null) {
                pending.replay(emitter::emit);
            }
        }

        /** A message with errors and no data (an unknown dataflow, say) says why in {@code errors}. */
        private void errors() throws FeedFormatException {
            List<String> texts = new ArrayList<>();
            long more = 0;
            while (next(parser) != JsonToken.END_ARRAY) {
                String text = errorText();
                if (texts.size() < MAX_ERRORS_QUOTED) {
                    texts.add(Excerpt.quoted(text));
                } else {
                    more++;
                }
            }
            if (!texts.isEmpty()) {
                sink.reject(JsonFeed.line(parser), JsonFeed.column(parser), "the message reports errors: "
                        + String.join("; ", texts) + (more == 0 ? "" : " and " + more + " more"));
            }
        }

        /** An error entry: a string, or an object whose text members are joined. */
        private String errorText() throws FeedFormatException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                String text = JsonFeed.scalarText(parser);
                parser.skipChildren();
                return text == null ? "" : text;
            }
            List<String> parts = new ArrayList<>();
            while (next(parser) == JsonToken.PROPERTY_NAME) {
                next(parser);
                if (parser.currentToken().isScalarValue()) {
                    parts.add(String.valueOf(JsonFeed.scalarText(parser)));
                } else {
                    parser.skipChildren();
                }
            }
            return String.join(" ", parts);
        }
    }
}
