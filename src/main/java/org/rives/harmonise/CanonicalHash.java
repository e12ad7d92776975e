package org.rives.harmonise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SHA-256 of a parsed document in a canonical form: compact JSON with every object's keys sorted
 * and null values left out. Two files that parse to the same content have the same hash whatever their
 * comments, whitespace, quoting or key order; any change of content changes it.
 */
public final class CanonicalHash {

    private CanonicalHash() {
    }

    public static String of(JsonNode document) {
        return sha256(canonical(document).toString());
    }

    /** The document with object keys sorted and null members dropped, recursively; arrays keep their order. */
    static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            members.sort(Map.Entry.comparingByKey());
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> member : members) {
                if (!member.getValue().isNull()) {
                    sorted.set(member.getKey(), canonical(member.getValue()));
                }
            }
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> items.add(canonical(item)));
            return items;
        }
        return node;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
