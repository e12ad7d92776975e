package org.rives.connector.wbapi;

import static org.rives.connector.json.JsonFeed.cellText;
import static org.rives.connector.json.JsonFeed.column;
import static org.rives.connector.json.JsonFeed.error;
import static org.rives.connector.json.JsonFeed.line;
import static org.rives.connector.json.JsonFeed.next;
import static org.rives.connector.json.JsonFeed.scalarText;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.connector.FeedReader;
import org.rives.connector.ObservationSink;
import org.rives.connector.cell.CellConventions;
import org.rives.connector.json.JsonFeed;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The World Bank Indicators API v2 in JSON: {@code [pageInfo, rows]}, one row per country and year.
 * Rows reach the sink with the columns {@link #COLUMNS} (nested objects flattened as
 * {@code country.id}), {@code date} as the period, {@code value} as the cell (null is missing) and
 * {@code obs_status} as the flag. A file may hold several responses one after the other (the pages of
 * a query); see {@link WorldBankPaging}. Streams row by row.
 */
public final class WorldBankApiFeedReader implements FeedReader {

    /** The dimension columns every row offers, in this order. */
    public static final List<String> COLUMNS = List.of("indicator.id", "indicator.value", "country.id",
            "country.value", "countryiso3code", "unit");

    @Override
    public String format() {
        return "worldbank-api";
    }

    @Override
    public Map<String, String> quirkHandlers() {
        return Map.of(
                "worldbank-api:pages", "a file holds whole responses [pageInfo, rows]; a missing page or a row count "
                        + "other than the announced total rejects the file (" + WorldBankPaging.class.getSimpleName()
                        + ")",
                JsonFeed.NULL_VALUE, JsonFeed.QUIRK_HANDLERS.get(JsonFeed.NULL_VALUE),
                JsonFeed.POSITIONS, JsonFeed.QUIRK_HANDLERS.get(JsonFeed.POSITIONS));
    }

    @Override
    public void read(InputStream input, String fileName, ConnectorDefinition definition, ObservationSink sink)
            throws IOException, FeedFormatException {
        JsonFeed.read(input, parser -> {
            sink.columns(COLUMNS.toArray(String[]::new), new int[COLUMNS.size()], CellConventions.DEFAULTS);
            WorldBankPaging paging = new WorldBankPaging(sink);
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new FeedFormatException(0, 0, "the file is empty");
            }
            for (; token != null; token = parser.nextToken()) {
                if (token != JsonToken.START_ARRAY) {
                    throw error(parser, "a World Bank API response is an array [page information, rows]");
                }
                long line = line(parser);
                long[] page = WorldBankPageInfo.read(parser);
                long rows = rows(parser, sink);
                if (next(parser) != JsonToken.END_ARRAY) {
                    throw error(parser, "a World Bank API response holds two elements: page information and rows");
                }
                paging.response(page[0], page[1], page[2], rows, line);
            }
            paging.finishQuery();
        });
    }

    private static long rows(JsonParser parser, ObservationSink sink) throws FeedFormatException {
        JsonToken token = next(parser);
        if (token == JsonToken.VALUE_NULL) {
            return 0; // the API answers a query with no data with null rows
        }
        if (token != JsonToken.START_ARRAY) {
            throw error(parser, "the second element of a response should be the array of rows");
        }
        long count = 0;
        while (next(parser) == JsonToken.START_OBJECT) {
            row(parser, sink);
            count++;
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw error(parser, "each row should be an object");
        }
        return count;
    }

    private static void row(JsonParser parser, ObservationSink sink) throws FeedFormatException {
        sink.rowRead();
        long rowLine = line(parser);
        int rowColumn = column(parser);
        String[] dimensions = new String[COLUMNS.size()];
        Arrays.fill(dimensions, "");
        String period = null;
        String value = "";
        String flag = null;
        long line = rowLine;
        int column = rowColumn;
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = next(parser);
            if (token == JsonToken.START_OBJECT) {
                nested(parser, name, dimensions);
                continue;
            }
            switch (name) {
                case "date" -> period = scalarText(parser);
                case "value" -> {
                    value = cellText(parser);
                    line = line(parser);
                    column = column(parser);
                }
                case "obs_status" -> flag = scalarText(parser);
                default -> put(dimensions, name, token.isScalarValue() ? scalarText(parser) : skip(parser));
            }
        }
        if (period == null) {
            sink.reject(rowLine, rowColumn, "row has no date");
            return;
        }
        sink.observation(sink.series(dimensions), line, column, period, value, flag);
    }

    /** {@code "country": {"id": "MA", "value": "Morocco"}} fills country.id and country.value. */
    private static void nested(JsonParser parser, String name, String[] dimensions) throws FeedFormatException {
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String child = parser.currentName();
            JsonToken token = next(parser);
            put(dimensions, name + "." + child, token.isScalarValue() ? scalarText(parser) : skip(parser));
        }
    }

    private static void put(String[] dimensions, String name, String value) {
        int index = COLUMNS.indexOf(name);
        if (index >= 0) {
            dimensions[index] = value == null ? "" : value;
        }
    }

    private static String skip(JsonParser parser) {
        parser.skipChildren();
        return null;
    }
}
