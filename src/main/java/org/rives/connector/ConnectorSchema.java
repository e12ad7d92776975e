package org.rives.connector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The connector schema of this installation: {@code connector.schema.json} (what every connector has)
 * completed with what the discovered readers bring. {@code format} may name only a discovered reader,
 * and each reader's options block is checked against its fragment when {@code format} names that
 * reader, and refused otherwise ({@code if}/{@code then}/{@code else}).
 */
final class ConnectorSchema {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConnectorSchema() {
    }

    static Schema compile(FeedReaders readers) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(compose(readers));
    }

    /** The whole schema as JSON, for reading or for an editor. */
    static ObjectNode compose(FeedReaders readers) {
        ObjectNode root = base();
        ObjectNode properties = (ObjectNode) root.get("properties");
        ArrayNode formats = ((ObjectNode) properties.get("format")).putArray("enum");
        ArrayNode rules = root.withArray("allOf");
        for (FeedReader reader : readers.all()) {
            formats.add(reader.format());
            reader.optionsSchema().ifPresent(fragment -> {
                properties.putObject(reader.format()).put("type", "object")
                        .put("description", "options of format " + reader.format());
                rules.add(optionsRule(reader, fragment));
            });
        }
        return root;
    }

    /** The block named like the format: checked when the connector is of that format, refused otherwise. */
    private static ObjectNode optionsRule(FeedReader reader, JsonNode fragment) {
        String format = reader.format();
        ObjectNode rule = JSON.createObjectNode();
        ObjectNode condition = rule.putObject("if");
        condition.putObject("properties").putObject("format").put("const", format);
        condition.putArray("required").add("format");
        ObjectNode then = rule.putObject("then");
        ObjectNode block = (ObjectNode) fragment.deepCopy();
        block.put("type", "object");
        block.put("additionalProperties", false);
        then.putObject("properties").set(format, block);
        if (reader.optionsRequired()) {
            then.putArray("required").add(format);
        }
        rule.putObject("else").putObject("properties").put(format, false);
        return rule;
    }

    private static ObjectNode base() {
        try (InputStream in = ConnectorSchema.class.getClassLoader().getResourceAsStream("connector.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("connector.schema.json is missing from the class path");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
