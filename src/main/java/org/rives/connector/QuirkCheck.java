package org.rives.connector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rives.connector.cell.CellParser;

import tools.jackson.databind.JsonNode;

/**
 * Checks that every quirk a connector names is handled by something: each entry of its
 * {@code handledBy} is either an option this connector sets (a dotted path into its YAML, such as
 * {@code csv.thousands}, {@code dimensions.ref_area.map} or {@code exclude.Data type}) or a handler id
 * that its format's reader registers ({@code csv:bom}), or one of {@link #COMMON}.
 */
final class QuirkCheck {

    /** Handlers that hold for every format: the platform's own and the value-cell layer's. */
    static final Map<String, String> COMMON = common();

    private QuirkCheck() {
    }

    private static Map<String, String> common() {
        Map<String, String> handlers = new TreeMap<>(CellParser.QUIRK_HANDLERS);
        handlers.put("rives:any-order", "observations may come in any order: series and periods are keyed, not "
                + "positional");
        handlers.put("rives:caveat", "a caution on meaning, published with the source; nothing in the file needs "
                + "handling");
        return Map.copyOf(handlers);
    }

    /** Why some quirk of the connector is handled by nothing; empty when each is handled. */
    static List<String> problems(ConnectorDefinition definition, JsonNode tree, FeedReader reader) {
        List<String> problems = new ArrayList<>();
        for (ConnectorDefinition.Quirk quirk : definition.quirks()) {
            for (String handler : quirk.handledBy()) {
                String problem = handler.contains(":") ? unknownHandler(handler, reader) : unsetOption(handler, tree);
                if (problem != null) {
                    problems.add("quirk " + quirk.id() + ": " + problem);
                }
            }
        }
        return problems;
    }

    private static String unknownHandler(String handler, FeedReader reader) {
        if (COMMON.containsKey(handler) || reader.quirkHandlers().containsKey(handler)) {
            return null;
        }
        return "handler \"" + handler + "\" is not registered by the " + reader.format() + " reader (it handles: "
                + String.join(", ", new TreeMap<>(reader.quirkHandlers()).keySet()) + "; every reader: "
                + String.join(", ", COMMON.keySet()) + ")";
    }

    private static String unsetOption(String path, JsonNode tree) {
        JsonNode node = resolve(tree, path);
        if (node == null || node.isNull()) {
            return "handledBy names option " + path + ", which this connector does not set";
        }
        return null;
    }

    /**
     * The node at a dotted path; a key may itself hold dots or spaces ({@code exclude.country.id}), so
     * at each level the longest key that starts the rest of the path is taken.
     */
    static JsonNode resolve(JsonNode node, String path) {
        if (path.isEmpty()) {
            return node;
        }
        String best = null;
        for (String key : node.propertyNames()) {
            boolean starts = path.equals(key) || path.startsWith(key + ".");
            if (starts && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        if (best == null) {
            return null;
        }
        String rest = path.length() == best.length() ? "" : path.substring(best.length() + 1);
        return resolve(node.get(best), rest);
    }
}
