package org.rives.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The parts of a comparable table ({@code /api/compare}'s JSON) that the Excel export and the report
 * show. Read from the JSON so that whatever the API adds later (conversions, spreads) does not break them.
 */
record CompareView(String code, String label, String unit, String sdg, String definition, String freq,
                   String partner, String asOf, List<String> periods, List<Shore> shores, List<Source> sources,
                   List<String> notes) {

    record Shore(String code, String label, List<Line> lines, Map<String, Subtotal> subtotal) {
    }

    record Line(String area, String label, Map<String, Figure> cells) {
    }

    /** One figure: {@code value} is null when the API could not give it, and {@code note} says why. */
    record Figure(BigDecimal value, String unit, int unitMult, String status, String flags, String source,
                  int loadId, String note, List<String> caveats, List<String> alternatives) {
    }

    /** A shore's sum as the API computes it, with its coverage ("4 of 5"). */
    record Subtotal(BigDecimal value, String coverage) {
    }

    record Source(String id, String publisher, String dataset, String licence, String url) {
    }

    static CompareView of(JsonNode table) {
        JsonNode indicator = table.path("indicator");
        List<Shore> shores = new ArrayList<>();
        for (JsonNode group : table.path("groups")) {
            List<Line> lines = new ArrayList<>();
            for (JsonNode row : group.path("rows")) {
                Map<String, Figure> cells = new LinkedHashMap<>();
                row.path("cells").properties().forEach(e -> cells.put(e.getKey(), figure(e.getValue())));
                lines.add(new Line(text(row, "area"), text(row, "label"), cells));
            }
            Map<String, Subtotal> subtotal = new LinkedHashMap<>();
            group.path("subtotal").properties().forEach(e -> subtotal.put(e.getKey(),
                    new Subtotal(decimal(e.getValue().path("value")), text(e.getValue(), "coverage"))));
            shores.add(new Shore(text(group, "code"), text(group, "label"), lines, subtotal));
        }
        List<Source> sources = new ArrayList<>();
        for (JsonNode s : table.path("sources")) {
            sources.add(new Source(text(s, "id"), text(s, "publisher"), text(s, "dataset"), text(s, "licence"),
                    text(s, "url")));
        }
        return new CompareView(text(indicator, "code"), text(indicator, "label"), text(indicator, "unit"),
                text(indicator, "sdg"), text(indicator, "definition"), text(table, "freq"), text(table, "partner"),
                text(table, "asOf"), strings(table.path("periods")), shores, sources, strings(table.path("notes")));
    }

    private static Figure figure(JsonNode cell) {
        if (cell == null || cell.isNull() || cell.isMissingNode()) {
            return null;
        }
        List<String> alternatives = new ArrayList<>();
        for (JsonNode a : cell.path("alternatives")) {
            alternatives.add(text(a, "source") + " " + plain(decimal(a.path("value"))) + " " + text(a, "unit"));
        }
        return new Figure(decimal(cell.path("value")), text(cell, "unit"), cell.path("unitMult").asInt(0),
                text(cell, "status"), text(cell, "flags"), text(cell, "source"), cell.path("loadId").asInt(0),
                text(cell, "note"), strings(cell.path("comparability").path("notes")), alternatives);
    }

    /** Every figure with a value, for counting and scanning. */
    List<Line> lines() {
        return shores.stream().flatMap(s -> s.lines().stream()).toList();
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : new BigDecimal(node.asString());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(item -> list.add(item.asString()));
        return list;
    }
}
