package org.rives.connector.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rives.connector.FeedFormatException;
import org.rives.connector.cell.FigureRange;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * What the JSON readers share: one streaming parser per file (never a tree of the whole document),
 * value cells as the text a statistician would read, and errors that name line and column.
 *
 * <p>The parser works within limits ({@link #LIMITS}) so that no file can exhaust the stack or the heap:
 * JSON-stat, SDMX-JSON and the World Bank's responses nest fewer than ten levels and carry short strings,
 * so a file nested {@value #MAX_DEPTH} deep or holding a string of millions of characters is refused
 * where the limit is crossed, with its line and column.
 */
public final class JsonFeed {

    /** Handler id: a null value is an empty cell, read as no value. */
    public static final String NULL_VALUE = "json:null-is-missing";
    /** Handler id: every position in a report is the line and column of the token. */
    public static final String POSITIONS = "json:positions";
    /** Quirk handlers of every JSON reader. */
    public static final Map<String, String> QUIRK_HANDLERS = Map.of(
            NULL_VALUE, "a null value is an empty cell, read as no value",
            POSITIONS, "reports give the line and column of the JSON token, so a one-line response is located "
                    + "by its column");

    /** Nesting depth: the formats read need fewer than ten levels. */
    public static final int MAX_DEPTH = 64;
    /** Characters in one string (a label, a code, a value); 8 MB of heap at most. */
    public static final int MAX_STRING = 4 << 20;
    /** Characters in one property name. */
    public static final int MAX_NAME = 50_000;
    /** Characters in one number: beyond the range of figures ({@link FigureRange}) well before this. */
    public static final int MAX_NUMBER = 1000;
    /** The limits, as the report states them. */
    public static final String LIMITS = String.format(Locale.ROOT, "nesting %d deep, strings of %,d characters, "
            + "names of %,d, numbers of %,d", MAX_DEPTH, MAX_STRING, MAX_NAME, MAX_NUMBER);

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING).maxNameLength(MAX_NAME).maxNumberLength(MAX_NUMBER).build())
            .build();

    private JsonFeed() {
    }

    /** What a reader does with its parser. */
    @FunctionalInterface
    public interface Body {
        void read(JsonParser parser) throws IOException, FeedFormatException;
    }

    /**
     * Opens a parser on the input, runs the body, and turns what the parser throws into a format error
     * naming where it stopped (a limit crossed is located by the parser, which its exception is not).
     */
    public static void read(InputStream input, Body body) throws IOException, FeedFormatException {
        try (JsonParser parser = open(input)) {
            try {
                body.read(parser);
            } catch (JacksonException e) {
                throw translate(e, parser.currentLocation());
            }
        } catch (JacksonException e) {
            throw translate(e, null);
        }
    }

    public static JsonParser open(InputStream input) throws FeedFormatException {
        try {
            return FACTORY.createParser(ObjectReadContext.empty(), input);
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /** The next token, which must exist: the end of the bytes inside a document is a format error. */
    public static JsonToken next(JsonParser parser) throws FeedFormatException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw error(parser, "the JSON document ends too early");
        }
        return token;
    }

    /** Moves on and checks that the token is the one the format requires here. */
    public static void expect(JsonParser parser, JsonToken wanted, String what) throws FeedFormatException {
        JsonToken token = next(parser);
        if (token != wanted) {
            throw error(parser, what + " should be " + describe(wanted) + ", found " + describe(token));
        }
    }

    /**
     * A value cell as text the cell parser reads: numbers in plain decimal notation (JSON allows
     * {@code 1.5E7}, which publishers' CSV never holds) when in range, as written otherwise (never
     * expanded: {@code 1E999999999} would be a billion characters), strings as they are, null as an empty
     * cell.
     */
    public static String cellText(JsonParser parser) throws FeedFormatException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getString();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return FigureRange.plainAsWritten(parser.getString());
        }
        if (token == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        if (token == JsonToken.VALUE_NULL) {
            return "";
        }
        throw error(parser, "a value should be a number, a string or null, found " + describe(token));
    }

    /** A scalar as text (codes, periods, flags); null stands for nothing. */
    public static String scalarText(JsonParser parser) throws FeedFormatException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != null && token.isScalarValue()) {
            return parser.getString();
        }
        throw error(parser, "expected a single value, found " + describe(token));
    }

    /** Called on the START_ARRAY of an array of scalars; returns them as text. */
    public static List<String> strings(JsonParser parser) throws FeedFormatException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw error(parser, "\"" + parser.currentName() + "\" should be an array");
        }
        List<String> values = new ArrayList<>();
        while (next(parser) != JsonToken.END_ARRAY) {
            values.add(scalarText(parser));
        }
        return values;
    }

    public static long line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    public static int column(JsonParser parser) {
        return parser.currentTokenLocation().getColumnNr();
    }

    public static FeedFormatException error(JsonParser parser, String message) {
        TokenStreamLocation at = parser.currentTokenLocation();
        return new FeedFormatException(Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), message);
    }

    /** A syntax or encoding error from the parser, or a limit crossed, with the place it stopped. */
    public static FeedFormatException translate(JacksonException e) {
        return translate(e, null);
    }

    private static FeedFormatException translate(JacksonException e, TokenStreamLocation parserAt) {
        TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parserAt;
        long line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        if (e instanceof StreamConstraintsException) {
            return new FeedFormatException(line, column, "the JSON goes beyond what Rives reads ("
                    + LIMITS + "): " + withoutSource(e.getOriginalMessage()));
        }
        return new FeedFormatException(line, column, "malformed JSON: " + withoutSource(e.getOriginalMessage()));
    }

    /**
     * Jackson's message less where an unclosed object started, which it gives as an unhelpful source dump,
     * and less the name of the setting behind a limit, which means nothing to a statistician.
     */
    private static String withoutSource(String message) {
        if (message == null) {
            return null;
        }
        int marker = message.indexOf(" (start marker at ");
        String text = marker < 0 ? message : message.substring(0, marker);
        int setting = text.indexOf(", from `StreamReadConstraints");
        return setting < 0 ? text : text.substring(0, setting) + ")";
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case END_OBJECT -> "the end of an object";
            case END_ARRAY -> "the end of an array";
            case PROPERTY_NAME -> "a property name";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case VALUE_EMBEDDED_OBJECT, NOT_AVAILABLE -> token.name();
        };
    }
}
