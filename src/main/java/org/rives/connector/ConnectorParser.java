package org.rives.connector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one connector definition: YAML, checked against the connector schema of the installed readers
 * ({@link ConnectorSchema}), the options block parsed by the reader of its format, every quirk's
 * handler checked ({@link QuirkCheck}). Whatever is wrong comes back as reasons, each with its path.
 */
public final class ConnectorParser {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final FeedReaders readers;
    private final Schema schema;

    public ConnectorParser(FeedReaders readers) {
        this.readers = readers;
        this.schema = ConnectorSchema.compile(readers);
    }

    /** The parser for the readers found on the class path. */
    public static ConnectorParser standard() {
        return Standard.PARSER;
    }

    private static final class Standard {
        static final ConnectorParser PARSER = new ConnectorParser(FeedReaders.discovered());
    }

    public FeedReaders readers() {
        return readers;
    }

    /** Reads and checks one file; null with the reasons filled in when it is refused. */
    public ConnectorDefinition parse(Path file, List<String> reasons) {
        JsonNode tree;
        try (InputStream in = Files.newInputStream(file)) {
            tree = YAML.readTree(in);
        } catch (IOException | JacksonException e) {
            reasons.add("not valid YAML: " + e.getMessage());
            return null;
        }
        ConnectorDefinition definition = parse(tree, file, reasons);
        String stem = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        if (definition != null && !stem.equals(definition.id())) {
            reasons.add("id \"" + definition.id() + "\" differs from the file name \"" + stem + "\"");
            return null;
        }
        return definition;
    }

    /** Checks a definition already read as a tree; null with the reasons filled in when it is refused. */
    public ConnectorDefinition parse(JsonNode tree, Path origin, List<String> reasons) {
        if (tree == null || !tree.isObject()) {
            reasons.add("not a YAML mapping");
            return null;
        }
        for (Error error : schema.validate(tree)) {
            reasons.add(describe(error, tree));
        }
        if (!reasons.isEmpty()) {
            return null;
        }
        String format = tree.get("format").asString();
        FeedReader reader = readers.forFormat(format).orElseThrow();
        ObjectNode common = ((ObjectNode) tree).deepCopy();
        JsonNode block = common.remove(format);
        ConnectorDefinition definition = YAML.treeToValue(common, ConnectorDefinition.class).withOrigin(origin);
        try {
            definition = definition.withOptions(reader.parseOptions(block == null ? YAML.createObjectNode() : block))
                    .withServiceQuery();
        } catch (IllegalArgumentException | JacksonException e) {
            reasons.add(format + ": " + rootMessage(e));
            return null;
        }
        reasons.addAll(QuirkCheck.problems(definition, tree, reader));
        return reasons.isEmpty() ? definition : null;
    }

    /** What an options record refused, without the layers Jackson wraps around it. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof IllegalArgumentException ? root.getMessage() : e.getMessage();
    }

    private static String describe(Error error, JsonNode tree) {
        String at = error.getInstanceLocation().toString();
        String keyword = error.getKeyword();
        if ("additionalProperties".equals(keyword)) {
            return "unknown key \"" + error.getProperty() + "\" at " + at + " (a typo?)";
        }
        if ("false".equals(keyword)) {
            return at + ": options of another format; this connector's format is " + tree.path("format").asString();
        }
        return at + ": " + error.getMessage();
    }
}
