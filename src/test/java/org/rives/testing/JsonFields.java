package org.rives.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Compares two JSON documents field by field and names every difference by its path
 * ({@code groups[1].rows[2].cells.2022.value: expected 1.5, got 1.50}), so that a change of the
 * API's shape or of one figure is found, wherever it is, and said plainly.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /**
     * Every difference between the documents. Fields named in {@code shapeOnly} (times, load ids) are
     * checked for presence and JSON type only, since they differ from one run to the next.
     */
    public static List<String> differences(JsonNode expected, JsonNode actual, Set<String> shapeOnly) {
        List<String> found = new ArrayList<>();
        compare("$", null, expected, actual, shapeOnly, found);
        return found;
    }

    private static void compare(String path, String field, JsonNode expected, JsonNode actual, Set<String> shapeOnly,
                                List<String> found) {
        if (expected.getNodeType() != actual.getNodeType()) {
            found.add(path + ": expected " + describe(expected) + ", got " + describe(actual));
            return;
        }
        if (field != null && shapeOnly.contains(field)) {
            return;
        }
        if (expected.isObject()) {
            Set<String> names = new LinkedHashSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                String child = path + "." + name;
                if (!actual.has(name)) {
                    found.add(child + ": missing");
                } else if (!expected.has(name)) {
                    found.add(child + ": not expected (" + describe(actual.get(name)) + ")");
                } else {
                    compare(child, name, expected.get(name), actual.get(name), shapeOnly, found);
                }
            }
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                found.add(path + ": expected " + expected.size() + " items, got " + actual.size());
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                compare(path + "[" + i + "]", field, expected.get(i), actual.get(i), shapeOnly, found);
            }
        } else if (!sameValue(expected, actual)) {
            found.add(path + ": expected " + describe(expected) + ", got " + describe(actual));
        }
    }

    /** Numbers by their written digits (1.5 and 1.50 differ), everything else by value. */
    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNumber()) {
            return expected.isIntegralNumber() == actual.isIntegralNumber()
                    && expected.decimalValue().equals(actual.decimalValue());
        }
        return expected.equals(actual);
    }

    private static String describe(JsonNode node) {
        String text = node.toString();
        String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return node.getNodeType().name().toLowerCase() + " " + shown;
    }
}
