package org.rives.api;

import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Comparable tables for the other features of the jar (the page's Excel export, the follow-up report),
 * given exactly as {@code GET /api/compare} gives them: the same parameters in, the same JSON out. They
 * read the table's JSON rather than its Java records, so the table can grow without breaking them.
 */
@Component
public final class CompareTables {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CompareService service;

    CompareTables(CompareService service) {
        this.service = service;
    }

    /**
     * The table for the query parameters of {@code /api/compare} (blank ones are ignored).
     *
     * @throws IllegalArgumentException when the request is wrong (unknown indicator, bad date...)
     */
    public JsonNode compare(Map<String, String> query) {
        String scale = value(query, "scale");
        String perCapita = value(query, "perCapita");
        CompareService.Request request = new CompareService.Request(value(query, "indicator"),
                query.getOrDefault("areas", "5P5"), value(query, "partner"), query.getOrDefault("freq", "A"),
                value(query, "from"), value(query, "to"), value(query, "source"), Params.asOf(value(query, "asOf")),
                Params.language(value(query, "lang")), value(query, "currency"),
                scale == null ? null : Integer.valueOf(scale), perCapita == null ? null : Integer.valueOf(perCapita),
                Boolean.parseBoolean(value(query, "shareOfGdp")));
        if (request.indicator() == null) {
            throw new IllegalArgumentException("indicator is required; see /api/catalogue");
        }
        return JSON.valueToTree(service.compare(request));
    }

    private static String value(Map<String, String> query, String name) {
        String value = query.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
