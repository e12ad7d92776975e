package org.rives.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;

/**
 * The formats the API answers in, by the name {@code format=} takes and the media type
 * {@code Accept} takes: JSON by default, CSV for tables, SDMX-CSV 1.0 for observations, Excel for the
 * comparable table's workbook.
 */
final class Formats {

    static final String CSV = "text/csv";
    static final String SDMX_CSV = "application/vnd.sdmx.data+csv;version=1.0.0";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PARAMETER = "format";

    /** Name for {@code format=} → media type; the first is the default. */
    static final Map<String, MediaType> BY_NAME = names();

    private Formats() {
    }

    private static Map<String, MediaType> names() {
        Map<String, MediaType> names = new LinkedHashMap<>();
        names.put("json", MediaType.APPLICATION_JSON);
        names.put("csv", MediaType.parseMediaType(CSV));
        names.put("sdmx-csv", MediaType.parseMediaType(SDMX_CSV));
        names.put("xlsx", MediaType.parseMediaType(XLSX));
        return Collections.unmodifiableMap(names);
    }

    /** The {@code format=} names of media types an endpoint gives. */
    static List<String> namesOf(List<MediaType> types) {
        return BY_NAME.entrySet().stream()
                .filter(e -> types.stream().anyMatch(t -> t.isCompatibleWith(e.getValue())))
                .map(Map.Entry::getKey).toList();
    }
}
