package org.rives.connector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Helps a reader describe and read its options block: the block's JSON Schema is built from fragments
 * kept beside the code they describe (each a JSON object with {@code properties}, perhaps
 * {@code required}), and a tabular format merges its own keys with the shared layout and cell keys; the
 * checked block is then read part by part into records.
 */
public final class OptionsSchema {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Reads one part of a block: the schema has refused unknown keys, the other parts' keys are skipped. */
    private static final JsonMapper PARTS = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private OptionsSchema() {
    }

    /** The keys of an options block that one record of it holds ({@code TableLayout}, {@code CellConventions}). */
    public static <T> T readPart(JsonNode block, Class<T> part) {
        return PARTS.treeToValue(block, part);
    }

    /** The fragment at a class-path resource ({@code /org/rives/connector/csv/csv.schema.json}). */
    public static ObjectNode resource(String path) {
        try (InputStream in = OptionsSchema.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("schema fragment " + path + " is missing from the class path");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One object schema with every key of the fragments, in order, and no other: a key two fragments
     * both define is a mistake in the code, refused here.
     */
    public static ObjectNode merge(String description, ObjectNode... fragments) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("description", description);
        ObjectNode properties = schema.putObject("properties");
        for (ObjectNode fragment : fragments) {
            for (var property : fragment.path("properties").properties()) {
                if (properties.has(property.getKey())) {
                    throw new IllegalStateException("option " + property.getKey() + " is defined twice");
                }
                properties.set(property.getKey(), property.getValue());
            }
            JsonNode required = fragment.get("required");
            if (required != null) {
                schema.withArray("required").addAll((tools.jackson.databind.node.ArrayNode) required);
            }
        }
        return schema;
    }
}
