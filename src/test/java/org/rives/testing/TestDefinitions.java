package org.rives.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorParser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Connector definitions for reader tests, built as a connector file would be and parsed as the registry
 * parses one (schema, the reader's options, quirks), so a test's options are checked like a user's.
 */
public final class TestDefinitions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestDefinitions() {
    }

    /** A connector of this format without an options block. */
    public static ConnectorDefinition of(String format) {
        return of(format, null);
    }

    /** A connector of this format whose options block (named like the format) holds these keys. */
    public static ConnectorDefinition of(String format, Map<String, ?> options) {
        Map<String, Object> connector = new LinkedHashMap<>();
        connector.put("id", "t");
        connector.put("title", "test connector");
        connector.put("format", format);
        connector.put("provenance",
                Map.of("publisher", "p", "dataset", "d", "licence", "l", "url", "https://p.example"));
        connector.put("samples", List.of("t"));
        connector.put("dimensions", Map.of("indicator", Map.of("value", "X"), "ref_area", Map.of("value", "MAR")));
        connector.put("indicators", Map.of("X", Map.of("code", "MIGR_STOCK", "unit", "PERS")));
        if (options != null) {
            connector.put(format, options);
        }
        return parse(JSON.valueToTree(connector));
    }

    /** A whole connector definition, as YAML would give it. */
    public static ConnectorDefinition parse(JsonNode tree) {
        List<String> reasons = new ArrayList<>();
        ConnectorDefinition definition = ConnectorParser.standard().parse(tree, null, reasons);
        assertThat(reasons).as("the test's connector definition").isEmpty();
        return definition;
    }
}
