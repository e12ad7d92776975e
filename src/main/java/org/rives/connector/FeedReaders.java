package org.rives.connector;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rives.connector.csv.CsvFeedReader;
import org.rives.connector.incidents.IncidentFeedReader;
import org.rives.connector.jsonstat.JsonStatFeedReader;
import org.rives.connector.sdmxjson.SdmxJsonFeedReader;
import org.rives.connector.wbapi.WorldBankApiFeedReader;
import org.rives.connector.xlsx.XlsxFeedReader;

/** The wire formats this build reads, by the {@code format} name connectors use. */
public final class FeedReaders {

    private final Map<String, FeedReader> byFormat;

    public FeedReaders(List<FeedReader> readers) {
        this.byFormat = readers.stream().collect(Collectors.toUnmodifiableMap(FeedReader::format, Function.identity()));
    }

    public static FeedReaders standard() {
        return new FeedReaders(List.of(new CsvFeedReader(), new XlsxFeedReader(), new IncidentFeedReader(),
                new JsonStatFeedReader(), new WorldBankApiFeedReader(), new SdmxJsonFeedReader()));
    }

    public Optional<FeedReader> forFormat(String format) {
        return Optional.ofNullable(byFormat.get(format));
    }

    public java.util.Set<String> formats() {
        return byFormat.keySet();
    }
}
