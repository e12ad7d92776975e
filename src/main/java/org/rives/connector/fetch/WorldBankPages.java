package org.rives.connector.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * How many pages a World Bank API v2 answer announces: its first element is
 * {@code {"page":1,"pages":4,"per_page":50,"total":175,...}}. Only that object is read, streaming.
 */
final class WorldBankPages {

    private static final JsonFactory JSON = new JsonFactory();

    private WorldBankPages() {
    }

    /** The number of pages, 1 when the answer is not a paged one (an error message, say: the reader reports it). */
    static long count(Path firstPage) throws IOException {
        try (InputStream in = Files.newInputStream(firstPage);
             JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.START_OBJECT) {
                return 1;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("pages".equals(name) && value.isScalarValue()) {
                    return Math.max(1, Long.parseLong(parser.getString().strip()));
                }
                if (!value.isScalarValue()) {
                    parser.skipChildren();
                }
            }
            return 1;
        } catch (JacksonException | NumberFormatException e) {
            return 1;
        }
    }
}
