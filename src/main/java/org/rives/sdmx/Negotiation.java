package org.rives.sdmx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Chooses the format of an answer from the Accept header, as the SDMX 2.1 REST API defines it: the
 * client's ranges by preference, each taken only if Rives can write exactly that (type, version and,
 * for SDMX-CSV, labels and timeFormat); nothing acceptable is a 406, never another format instead.
 */
final class Negotiation {

    static final List<String> DATA_TYPES = List.of(DataFormat.GENERIC.mediaType(),
            DataFormat.STRUCTURE_SPECIFIC.mediaType(), DataFormat.JSON.mediaType(),
            DataFormat.CSV_1.mediaType() + ";labels=id|both", DataFormat.CSV_2.mediaType() + ";labels=id|both",
            "application/xml", "text/csv", "application/json");
    static final String STRUCTURE_TYPE = "application/vnd.sdmx.structure+xml;version=2.1";
    static final String SCHEMA_TYPE = "application/vnd.sdmx.schema+xml;version=2.1";

    /** A media range of the Accept header with its parameters (names in lower case). */
    record MediaRange(String type, Map<String, String> parameters, double quality) {
        String parameter(String name) {
            return parameters.get(name);
        }
    }

    /** A data format with the SDMX-CSV options the client asked for. */
    record DataChoice(DataFormat format, boolean labels) {
    }

    private Negotiation() {
    }

    static DataChoice data(String accept) {
        for (MediaRange range : ranges(accept)) {
            Optional<DataChoice> choice = dataFormat(range);
            if (choice.isPresent()) {
                return choice.get();
            }
        }
        throw SdmxException.notAcceptable("none of the formats asked for (" + accept + ") is one Rives writes for "
                + "data: " + String.join(", ", DATA_TYPES));
    }

    private static Optional<DataChoice> dataFormat(MediaRange range) {
        String version = range.parameter("version");
        DataFormat format = switch (range.type()) {
            case "*/*", "application/*", "application/xml", "text/xml" -> DataFormat.GENERIC;
            case "application/vnd.sdmx.genericdata+xml" -> is(version, "2.1") ? DataFormat.GENERIC : null;
            case "application/vnd.sdmx.structurespecificdata+xml" ->
                    is(version, "2.1") ? DataFormat.STRUCTURE_SPECIFIC : null;
            case "application/vnd.sdmx.data+json" -> is(version, "1.0.0", "1.0") ? DataFormat.JSON : null;
            case "application/json" -> DataFormat.JSON;
            case "application/vnd.sdmx.data+csv" -> is(version, "1.0.0", "1.0") ? DataFormat.CSV_1
                    : is(version, "2.0.0", "2.0") && version != null ? DataFormat.CSV_2 : null;
            case "text/csv" -> DataFormat.CSV_1;
            default -> null;
        };
        if (format == null) {
            return Optional.empty();
        }
        String labels = range.parameter("labels");
        String timeFormat = range.parameter("timeformat");
        if (labels != null && !is(labels, "id", "both") || timeFormat != null && !is(timeFormat, "original")) {
            return Optional.empty();
        }
        return Optional.of(new DataChoice(format, "both".equals(labels)));
    }

    /** Structure queries: SDMX-ML 2.1 structure messages only. */
    static void structure(String accept) {
        chooseXml(accept, "application/vnd.sdmx.structure+xml", STRUCTURE_TYPE);
    }

    /** Schema queries: an XML schema. */
    static void schema(String accept) {
        chooseXml(accept, "application/vnd.sdmx.schema+xml", SCHEMA_TYPE);
    }

    private static void chooseXml(String accept, String sdmxType, String offered) {
        for (MediaRange range : ranges(accept)) {
            boolean xml = List.of("*/*", "application/*", "application/xml", "text/xml").contains(range.type());
            if (xml || range.type().equals(sdmxType) && is(range.parameter("version"), "2.1")) {
                return;
            }
        }
        throw SdmxException.notAcceptable("none of the formats asked for (" + accept + ") is one Rives writes here: "
                + offered + " or application/xml");
    }

    /** True for an absent value (the client left it open) or one of the accepted ones. */
    private static boolean is(String value, String... accepted) {
        return value == null || List.of(accepted).contains(value);
    }

    static List<MediaRange> ranges(String accept) {
        List<MediaRange> ranges = new ArrayList<>();
        if (accept == null || accept.isBlank()) {
            ranges.add(new MediaRange("*/*", Map.of(), 1));
            return ranges;
        }
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            Map<String, String> parameters = new TreeMap<>();
            double quality = 1;
            for (int i = 1; i < pieces.length; i++) {
                String[] pair = pieces[i].split("=", 2);
                String name = pair[0].strip().toLowerCase(Locale.ROOT);
                String value = pair.length > 1 ? pair[1].strip().replace("\"", "") : "";
                if (name.equals("q")) {
                    quality = parseQuality(value);
                } else {
                    parameters.put(name, value);
                }
            }
            if (quality > 0) {
                ranges.add(new MediaRange(pieces[0].strip().toLowerCase(Locale.ROOT), parameters, quality));
            }
        }
        ranges.sort(Comparator.comparingDouble(MediaRange::quality).reversed());
        return ranges;
    }

    private static double parseQuality(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
