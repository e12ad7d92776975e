package org.rives.connector;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A publisher's feed described as data: what the file looks like and how its codes map onto the
 * catalogue. Read from {@code connectors/<id>.yaml} and checked against {@code connector.schema.json}.
 */
public record ConnectorDefinition(
        String id,
        String title,
        String format,
        Provenance provenance,
        List<String> samples,
        CsvOptions csv,
        Map<String, DimensionRule> dimensions,
        Map<String, IndicatorRule> indicators,
        Map<String, List<String>> exclude,
        Map<String, List<String>> keep,
        Map<String, String> flags,
        List<Quirk> quirks,
        Remote remote,
        XlsxOptions xlsx,
        IncidentOptions incidents,
        Path origin) {

    public ConnectorDefinition {
        samples = samples == null ? List.of() : List.copyOf(samples);
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
        indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
        exclude = exclude == null ? Map.of() : Map.copyOf(exclude);
        keep = keep == null ? Map.of() : Map.copyOf(keep);
        flags = flags == null ? Map.of() : Map.copyOf(flags);
        quirks = quirks == null ? List.of() : List.copyOf(quirks);
    }

    /** A definition without a remote source (the shape before {@code remote} existed). */
    public ConnectorDefinition(String id, String title, String format, Provenance provenance, List<String> samples,
                               CsvOptions csv, Map<String, DimensionRule> dimensions,
                               Map<String, IndicatorRule> indicators, Map<String, List<String>> exclude,
                               Map<String, List<String>> keep, Map<String, String> flags, List<Quirk> quirks,
                               Path origin) {
        this(id, title, format, provenance, samples, csv, dimensions, indicators, exclude, keep, flags, quirks, null,
                null, null, origin);
    }

    public ConnectorDefinition withOrigin(Path path) {
        return new ConnectorDefinition(id, title, format, provenance, samples, csv, dimensions, indicators,
                exclude, keep, flags, quirks, remote, xlsx, incidents, path);
    }

    /**
     * Where and how often the publisher releases the file: {@code load} without a file fetches
     * {@code url}; {@code schedule} (a Spring cron, six fields) refreshes it when fetching is on;
     * {@code cadence} (ISO-8601 period such as P1M) is the expected release interval that freshness is
     * measured against; {@code maxBytes} caps a download; {@code accept} is the media type to ask for, where
     * the publisher's service chooses its format by the Accept header (SDMX REST services do).
     */
    public record Remote(String url, String schedule, String cadence, Long maxBytes, String accept) {
    }

    /**
     * Who publishes the feed and under which terms. {@code illustrative} says that the connector's
     * sample files carry figures written to show the layout, not published values: their figures never
     * headline a comparison that a published figure fills, and are graded not comparable.
     *
     * <p>Translations for the pages, by language code (en, fr, ar): {@code titles} of the connector's
     * {@code title}, {@code publishers}, {@code datasets} and {@code licences}. {@code language} is the
     * language {@code publisher} and {@code dataset} are written in (the publisher's own, en when absent):
     * a page without a translation shows them as written, marked with that language.
     */
    public record Provenance(String publisher, String dataset, String licence, String url, String citation,
                             Boolean illustrative, String language, Map<String, String> titles,
                             Map<String, String> publishers, Map<String, String> datasets,
                             Map<String, String> licences) {
        public Provenance {
            titles = titles == null ? Map.of() : Map.copyOf(titles);
            publishers = publishers == null ? Map.of() : Map.copyOf(publishers);
            datasets = datasets == null ? Map.of() : Map.copyOf(datasets);
            licences = licences == null ? Map.of() : Map.copyOf(licences);
        }

        public boolean isIllustrative() {
            return illustrative != null && illustrative;
        }
    }

    /** A quirk of the publisher's file, named so that the code handling it can point back to it. */
    public record Quirk(String id, String cause) {
    }

    /**
     * How one harmonised dimension is filled: from a column of the file (optionally through a code
     * map or a catalogue code list), or from a constant value.
     */
    public record DimensionRule(String column, String value, String codelist, Map<String, String> map) {
        public DimensionRule {
            map = map == null ? Map.of() : Map.copyOf(map);
        }
    }

    /** A publisher's indicator code mapped onto a catalogue indicator, with the unit as published. */
    public record IndicatorRule(String code, String unit, Integer unitMult) {
        public int unitMultOrZero() {
            return unitMult == null ? 0 : unitMult;
        }
    }
}
