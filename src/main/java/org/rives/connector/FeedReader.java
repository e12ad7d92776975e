package org.rives.connector;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The reader SPI: reads one wire format and streams what it finds to a sink. One implementation per
 * format, never per publisher: the publisher's quirks come from its {@link ConnectorDefinition}.
 *
 * <p><b>Discovery.</b> A format is a class implementing this interface with a public no-argument
 * constructor, listed in {@code META-INF/services/org.rives.connector.FeedReader}; {@link FeedReaders}
 * finds every one on the class path. Nothing else names it.
 *
 * <p><b>Options.</b> A format may take an options block in the connector, named like the format
 * ({@code csv:}, {@code xlsx:}). The reader describes the block with a JSON Schema fragment
 * ({@link #optionsSchema}); the connector schema applies it only when {@code format} names this reader,
 * so another format's block is refused. The checked block is handed to {@link #parseOptions}, whose
 * record the reader gets back through {@link ConnectorDefinition#options(Class)}.
 *
 * <p><b>Errors.</b> A problem with the file as a whole (bad encoding, broken syntax, no header) is a
 * {@link FeedFormatException} naming line and column; an {@link IOException} means the bytes could not
 * be read at all. Problems with single rows go to {@link ObservationSink#reject} and reading goes on.
 *
 * <p><b>Streaming.</b> A reader holds no whole file in memory: it hands observations over as it reads,
 * or keeps per observation no more than what it must (a format that puts its structure after its data).
 * A format that needs random access spools the bytes to a temporary file, never to the heap.
 *
 * <p><b>Cancellation.</b> A load is cancelled by interrupting the thread that reads. The input stream
 * and the sink a reader is given then throw {@link ReadCancelledException} at the reader's next read or
 * next row; a reader lets it through (it never catches {@code RuntimeException} wholesale) and never
 * works long without reading input or reporting a row.
 */
public interface FeedReader {

    /** The {@code format} value that selects this reader, and the name of its options block. */
    String format();

    /**
     * The JSON Schema of this format's options block (its {@code properties}; unknown keys are refused),
     * or empty when the format takes no options.
     */
    default Optional<JsonNode> optionsSchema() {
        return Optional.empty();
    }

    /** Whether a connector of this format must have the options block. */
    default boolean optionsRequired() {
        return false;
    }

    /**
     * This format's options, from the block already checked against {@link #optionsSchema} (an empty
     * object when the connector has none). A combination the schema cannot express is refused with an
     * {@link IllegalArgumentException} whose message names the key.
     */
    default ReaderOptions parseOptions(JsonNode block) {
        return ReaderOptions.NONE;
    }

    /**
     * The quirks this reader handles by itself, whatever the connector says: handler id (such as
     * {@code csv:bom}) to what it does. A connector's {@code quirks[].handledBy} may name them.
     */
    default Map<String, String> quirkHandlers() {
        return Map.of();
    }

    /** Reads the whole input into the sink, as the definition (and its options) describes it. */
    void read(InputStream input, String fileName, ConnectorDefinition definition, ObservationSink sink)
            throws IOException, FeedFormatException;
}
