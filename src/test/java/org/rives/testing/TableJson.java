package org.rives.testing;

import tools.jackson.databind.JsonNode;

/** Finds the parts of an API answer by what they are (a group's code, a row's area), never by position. */
public final class TableJson {

    private TableJson() {
    }

    /** The element of an array whose field has the value; fails when there is none. */
    public static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.path(field).asString(null))) {
                return item;
            }
        }
        throw new AssertionError("no element with " + field + "=" + value + " in " + abbreviated(array));
    }

    /** A group (shore) of a comparable table by its code: 5P5_N, 5P5_S, OTHER. */
    public static JsonNode group(JsonNode table, String code) {
        return find(table.path("groups"), "code", code);
    }

    /** An area's row, whichever group holds it. */
    public static JsonNode row(JsonNode table, String area) {
        for (JsonNode group : table.path("groups")) {
            for (JsonNode row : group.path("rows")) {
                if (area.equals(row.path("area").asString(null))) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row for " + area);
    }

    /** An area's cell for a period, in a table or in one of its groups. */
    public static JsonNode cell(JsonNode tableOrGroup, String area, String period) {
        JsonNode rows = tableOrGroup.has("rows") ? tableOrGroup.path("rows") : null;
        JsonNode row = rows == null ? row(tableOrGroup, area) : find(rows, "area", area);
        return row.path("cells").path(period);
    }

    /** A mirror table's pair for a period. */
    public static JsonNode pair(JsonNode mirror, String period) {
        return find(mirror.path("periods"), "period", period);
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
