package org.rives.connector;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

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
        Map<String, DimensionRule> dimensions,
        Map<String, IndicatorRule> indicators,
        Map<String, List<String>> exclude,
        Map<String, List<String>> keep,
        Map<String, String> flags,
        List<Quirk> quirks,
        Remote remote,
        @JsonIgnore ReaderOptions options,
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

    /** The definition as read from {@code path}. */
    public ConnectorDefinition withOrigin(Path path) {
        return new ConnectorDefinition(id, title, format, provenance, samples, dimensions, indicators, exclude, keep,
                flags, quirks, remote, options, path);
    }

    /** The definition with its format's options, as the format's reader parsed them from its block. */
    public ConnectorDefinition withOptions(ReaderOptions parsed) {
        return new ConnectorDefinition(id, title, format, provenance, samples, dimensions, indicators, exclude, keep,
                flags, quirks, remote, parsed, origin);
    }

    /**
     * The definition whose remote names the data query its format builds ({@link ServiceQuery}): a connector
     * of a statistical service pulls from it when it has a {@code remote} block (cadence, schedule) and no URL.
     */
    public ConnectorDefinition withServiceQuery() {
        if (!(options instanceof ServiceQuery query) || remote == null || remote.hasEndpoint()) {
            return this;
        }
        Remote asked = new Remote(query.dataUrl(), List.of(), remote.schedule(), remote.cadence(), remote.maxBytes(),
                remote.accept() != null ? remote.accept() : query.accept(), remote.archive(), remote.paging(),
                remote.window(), remote.async());
        return new ConnectorDefinition(id, title, format, provenance, samples, dimensions, indicators, exclude, keep,
                flags, quirks, asked, options, origin);
    }

    /**
     * This connector's options, as the reader of its format parsed them ({@link FeedReader#parseOptions}).
     *
     * @throws IllegalStateException when they are not of that type (a definition built for another format)
     */
    public <T extends ReaderOptions> T options(Class<T> type) {
        if (!type.isInstance(options)) {
            throw new IllegalStateException("connector " + id + " (format " + format + ") carries "
                    + (options == null ? "no options" : options.getClass().getSimpleName()) + ", not "
                    + type.getSimpleName());
        }
        return type.cast(options);
    }

    /**
     * Where and how often the publisher releases the feed. A pull source names its endpoint: {@code url}, or
     * {@code urls} when the dataset comes as several files (one load each); a push source (uploads) names none
     * and keeps only its {@code cadence}. URLs are templates: {@code {from}} is the first year of the
     * {@link Window period window}, {@code {year}} the current year. {@code schedule} (a Spring cron, six
     * fields) refreshes the source in the server when fetching is on; {@code cadence} (ISO-8601 period such as
     * P1M) is the release interval freshness is measured against; {@code maxBytes} caps a download;
     * {@code accept} is the media type to ask for where the service chooses its format by the Accept header.
     */
    public record Remote(String url, List<String> urls, String schedule, String cadence, Long maxBytes, String accept,
                         Archive archive, Paging paging, Window window, Async async) {

        public Remote {
            urls = urls == null ? List.of() : List.copyOf(urls);
        }

        /** The URL templates to fetch, in order; empty for a push source. */
        public List<String> requests() {
            return url != null ? List.of(url) : urls;
        }

        /** True when Rives fetches the feed from the publisher (pull), false when its files are uploaded (push). */
        public boolean hasEndpoint() {
            return !requests().isEmpty();
        }

        /**
         * The body is an archive: {@code type} zip or gzip; for a zip, {@code member} is a regular expression that
         * exactly one member's name must match in full (the data file among metadata files).
         */
        public record Archive(String type, String member) {
        }

        /**
         * The endpoint splits a query into pages: {@code type} names whose page information is read
         * ({@code worldbank-api}: {@code [{"page":1,"pages":4,...}, rows]}); {@code parameter} is the query
         * parameter that asks for page n (default {@code page}); {@code maxPages} bounds a runaway query.
         */
        public record Paging(String type, String parameter, Integer maxPages) {
        }

        /**
         * A period window: {@code {from}} in the URL is {@code from} on the first fetch and on a full refresh,
         * then the year of the last answered fetch minus {@code lookback} years (the publisher's revisions), never
         * before {@code from}. The store withdraws figures only within the periods a file covers, so a windowed
         * file leaves the older periods as they are.
         */
        public record Window(Integer from, Integer lookback) {
        }

        /**
         * The publisher may answer a large query asynchronously with a key (Eurostat): {@code status} and
         * {@code data} are URL templates with {@code {key}}; Rives polls the status, with growing waits, until
         * the data is available or {@code maxWait} (ISO-8601 duration) has passed.
         */
        public record Async(String status, String data, String maxWait) {
        }
    }

    /**
     * Who publishes the feed and under which terms. {@code illustrative} says that the connector's
     * sample files carry figures written to show the layout, not published values: their figures never
     * headline a comparison that a published figure fills, and are graded not comparable.
     * {@code illustrativeSamples} names, among the samples, those that are illustrative where the others are
     * real excerpts (the World Bank's exchange-rate and GDP samples beside its real ones): the label is per
     * file, checked against {@code samples}; the comparison engine still grades by connector.
     *
     * <p>Translations for the pages, by language code (en, fr, ar): {@code titles} of the connector's
     * {@code title}, {@code publishers}, {@code datasets} and {@code licences}. {@code language} is the
     * language {@code publisher} and {@code dataset} are written in (the publisher's own, en when absent):
     * a page without a translation shows them as written, marked with that language.
     *
     * <p>{@code derived} says that the connector's files are not the publisher's bytes but a third party's
     * tables derived from them (the publisher issues PDFs only): the figures are the publisher's as that party
     * extracted them, under that party's licence.
     */
    public record Provenance(String publisher, String dataset, String licence, String url, String citation,
                             Boolean illustrative, List<String> illustrativeSamples, String language,
                             Map<String, String> titles, Map<String, String> publishers,
                             Map<String, String> datasets, Map<String, String> licences, Derivation derived) {
        public Provenance {
            illustrativeSamples = illustrativeSamples == null ? List.of() : List.copyOf(illustrativeSamples);
            titles = titles == null ? Map.of() : Map.copyOf(titles);
            publishers = publishers == null ? Map.of() : Map.copyOf(publishers);
            datasets = datasets == null ? Map.of() : Map.copyOf(datasets);
            licences = licences == null ? Map.of() : Map.copyOf(licences);
        }

        public boolean isIllustrative() {
            return illustrative != null && illustrative;
        }

        public boolean isDerived() {
            return derived != null;
        }
    }

    /**
     * Who derived a connector's tables from the publisher's own, under which licence, where they are published,
     * and how they were made ({@code method}: extracted from PDFs by script, with hand-made fixes...).
     */
    public record Derivation(String by, String licence, String url, String method) {
    }

    /**
     * A quirk of the publisher's file, named with its cause and what handles it: option paths of this
     * connector ({@code csv.thousands}, {@code dimensions.ref_area.map}) or handler ids its reader
     * registers ({@code csv:bom}, see {@link FeedReader#quirkHandlers}).
     */
    public record Quirk(String id, String cause, List<String> handledBy) {
        public Quirk {
            handledBy = handledBy == null ? List.of() : List.copyOf(handledBy);
        }
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
