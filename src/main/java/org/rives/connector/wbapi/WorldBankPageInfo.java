package org.rives.connector.wbapi;

import static org.rives.connector.json.JsonFeed.error;
import static org.rives.connector.json.JsonFeed.next;
import static org.rives.connector.json.JsonFeed.scalarText;

import java.util.ArrayList;
import java.util.List;

import org.rives.connector.FeedFormatException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The first element of a response: {@code {"page":1,"pages":1,"per_page":20000,"total":3445,...}}.
 * Numbers may come as strings in older responses. An error response puts a {@code message} array
 * there instead; its text becomes the format error, so the statistician sees what the API said.
 */
final class WorldBankPageInfo {

    private WorldBankPageInfo() {
    }

    /** Reads the page information; returns {page, pages, total} (total -1 when absent). */
    static long[] read(JsonParser parser) throws FeedFormatException {
        if (next(parser) != JsonToken.START_OBJECT) {
            throw error(parser, "the first element of a response should be the page information object");
        }
        long[] info = {1, 1, -1};
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = next(parser);
            switch (name) {
                case "page" -> info[0] = number(parser, name);
                case "pages" -> info[1] = number(parser, name);
                case "total" -> info[2] = number(parser, name);
                case "message" -> throw error(parser, "the API answered with an error: " + messages(parser));
                default -> {
                    if (!token.isScalarValue()) {
                        parser.skipChildren();
                    }
                }
            }
        }
        return info;
    }

    private static long number(JsonParser parser, String name) throws FeedFormatException {
        String text = scalarText(parser);
        try {
            return text == null ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw error(parser, "page information \"" + name + "\" should be a whole number, found \"" + text + "\"");
        }
    }

    private static String messages(JsonParser parser) throws FeedFormatException {
        List<String> texts = new ArrayList<>();
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return String.valueOf(scalarText(parser));
        }
        while (next(parser) == JsonToken.START_OBJECT) {
            StringBuilder text = new StringBuilder();
            while (next(parser) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                next(parser);
                String value = parser.currentToken().isScalarValue() ? scalarText(parser) : null;
                if (value != null && ("id".equals(name) || "key".equals(name) || "value".equals(name))) {
                    text.append(text.length() == 0 ? "" : " / ").append(value);
                } else {
                    parser.skipChildren();
                }
            }
            texts.add(text.toString());
        }
        return String.join("; ", texts);
    }
}
