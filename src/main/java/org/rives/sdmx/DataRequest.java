package org.rives.sdmx;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A data query of the SDMX 2.1 REST API, parsed and checked: {@code data/{flowRef}/{key}/{providerRef}}
 * and its parameters. {@code key} has one entry per dimension of the harmonised structure; an empty set
 * is a wildcard. {@code providers} empty means any provider.
 */
record DataRequest(FlowRef flow, List<Set<String>> key, Set<String> providers, ReportingPeriod start,
                   ReportingPeriod end, Instant updatedAfter, Integer firstN, Integer lastN,
                   String dimensionAtObservation, DataDetail detail) {

    static final String ALL_DIMENSIONS = "AllDimensions";
    private static final List<String> PARAMETERS = List.of("startPeriod", "endPeriod", "updatedAfter",
            "firstNObservations", "lastNObservations", "dimensionAtObservation", "detail", "includeHistory");
    private static final String CODE = "[A-Za-z0-9_@$\\-]+";

    static DataRequest parse(String flowRef, String key, String providerRef, Map<String, String> parameters) {
        parameters.keySet().stream().filter(name -> !PARAMETERS.contains(name)).findFirst().ifPresent(name -> {
            throw SdmxException.syntax("unknown parameter \"" + name + "\"; a data query takes "
                    + String.join(", ", PARAMETERS));
        });
        if ("true".equals(parameters.get("includeHistory"))) {
            throw SdmxException.notImplemented("includeHistory=true is not implemented; the vintages are served "
                    + "through updatedAfter and /api/revisions");
        }
        if (parameters.containsKey("includeHistory") && !"false".equals(parameters.get("includeHistory"))) {
            throw SdmxException.syntax("includeHistory must be true or false");
        }
        return new DataRequest(FlowRef.parse(flowRef), key(key), providers(providerRef),
                period(parameters, "startPeriod"), period(parameters, "endPeriod"), updatedAfter(parameters),
                positive(parameters, "firstNObservations"), positive(parameters, "lastNObservations"),
                dimensionAtObservation(parameters.get("dimensionAtObservation")),
                parameters.containsKey("detail") ? DataDetail.parse(parameters.get("detail")) : DataDetail.FULL);
    }

    boolean flat() {
        return ALL_DIMENSIONS.equals(dimensionAtObservation);
    }

    boolean timeSeries() {
        return HarmonisedStructure.TIME_PERIOD.equals(dimensionAtObservation);
    }

    private static List<Set<String>> key(String text) {
        int size = HarmonisedStructure.DIMENSIONS.size();
        List<Set<String>> key = new ArrayList<>();
        if (text == null || text.isEmpty() || "all".equals(text)) {
            for (int i = 0; i < size; i++) {
                key.add(Set.of());
            }
            return key;
        }
        String[] positions = text.split("\\.", -1);
        if (positions.length != size) {
            throw SdmxException.syntax("key \"" + text + "\" has " + positions.length + " positions; the structure "
                    + "has " + size + " dimensions (" + String.join(".", HarmonisedStructure.DIMENSIONS.stream()
                    .map(HarmonisedStructure.Dimension::id).toList()) + ")");
        }
        for (String position : positions) {
            key.add(codes(position, "key \"" + text + "\""));
        }
        return key;
    }

    private static Set<String> codes(String position, String where) {
        if (position.isEmpty()) {
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>(Arrays.asList(position.split("\\+", -1)));
        for (String code : codes) {
            if (!code.matches(CODE)) {
                throw SdmxException.syntax(where + " holds \"" + code + "\", which is not an SDMX code");
            }
        }
        return codes;
    }

    private static Set<String> providers(String text) {
        if (text == null || text.isEmpty() || "all".equals(text)) {
            return Set.of();
        }
        Set<String> providers = new LinkedHashSet<>();
        for (String provider : text.split("\\+", -1)) {
            String[] parts = provider.split(",", -1);
            if (parts.length > 2 || parts.length == 2 && !"all".equals(parts[0])
                    && !HarmonisedStructure.AGENCY.equals(parts[0])) {
                throw SdmxException.syntax("provider reference \"" + provider + "\" is not PROVIDER or "
                        + HarmonisedStructure.AGENCY + ",PROVIDER");
            }
            providers.addAll(codes(parts[parts.length - 1], "provider reference \"" + text + "\""));
        }
        return providers;
    }

    private static ReportingPeriod period(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null ? null : ReportingPeriod.parse(name, value);
    }

    private static Instant updatedAfter(Map<String, String> parameters) {
        String value = parameters.get("updatedAfter");
        if (value == null) {
            return null;
        }
        try {
            if (value.matches(".*(Z|[+-]\\d{2}:\\d{2})$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            // The standard: without an offset, the service's local time.
            return LocalDateTime.parse(value).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw SdmxException.syntax("updatedAfter=" + value + " is not an xs:dateTime such as "
                    + "2026-03-01T00:00:00Z");
        }
    }

    private static Integer positive(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < 1) {
            throw SdmxException.syntax(name + "=" + value + " is not a positive integer");
        }
        return Integer.parseInt(value);
    }

    /** The observation dimension asked for, TIME_PERIOD when none is: a dimension id or AllDimensions. */
    static String dimensionAtObservation(String value) {
        if (value == null || value.equals(HarmonisedStructure.TIME_PERIOD) || value.equals(ALL_DIMENSIONS)
                || HarmonisedStructure.dimension(value).isPresent()) {
            return value == null ? HarmonisedStructure.TIME_PERIOD : value;
        }
        throw SdmxException.semantic("dimensionAtObservation=" + value + " is not TIME_PERIOD, " + ALL_DIMENSIONS
                + " or a dimension of the structure");
    }
}
