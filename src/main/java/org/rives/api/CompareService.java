package org.rives.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.rives.compare.CompareNotes;
import org.rives.compare.Denominators;
import org.rives.compare.Figure;
import org.rives.compare.IndicatorNotes;
import org.rives.compare.RateBook;
import org.rives.connector.ConnectorRegistry;
import org.rives.harmonise.Area;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Harmoniser;
import org.rives.harmonise.Indicator;
import org.rives.store.ObservationFilter;
import org.rives.store.ObservationQueries;
import org.springframework.stereotype.Service;

/**
 * Builds comparable tables: both shores side by side for one indicator, source precedence applied,
 * months and quarters rolled up to complete years, figures converted as asked, shore subtotals with
 * their coverage.
 */
@Service
public class CompareService {

    /** What a caller asks to compare. {@code currency}: null (as published), USD, EUR or native. */
    public record Request(String indicator, String areas, String partner, String freq, String from, String to, String source,
                   Instant asOf, String language, String currency, Integer scale, Integer perCapita,
                   boolean shareOfGdp) {

        public Request(String indicator, String areas, String partner, String freq, String from, String to, String source,
                Instant asOf, String language) {
            this(indicator, areas, partner, freq, from, to, source, asOf, language, null, null, null, false);
        }
    }

    private final Catalogue catalogue;
    private final ObservationQueries queries;
    private final ConnectorRegistry connectors;
    private final CompareNotes notes;
    private final CompareLayout layout;

    CompareService(Catalogue catalogue, ObservationQueries queries, ConnectorRegistry connectors, CompareNotes notes) {
        this.catalogue = catalogue;
        this.queries = queries;
        this.connectors = connectors;
        this.notes = notes;
        this.layout = new CompareLayout(catalogue, notes);
    }

    public CompareTable compare(Request request) {
        Indicator indicator = catalogue.indicator(request.indicator()).orElseThrow(() ->
                new IllegalArgumentException("unknown indicator \"" + request.indicator() + "\"; see /api/catalogue"));
        CompareTable.Display display = RequestChecks.display(request);
        List<Area> areas = areas(request.areas());
        List<String> codes = areas.stream().map(Area::code).toList();
        boolean annual = "A".equals(request.freq());
        ObservationFilter filter = new ObservationFilter(indicator.code(), codes, request.partner(), Harmoniser.TOTAL,
                Harmoniser.TOTAL, Harmoniser.TOTAL, annual ? null : request.freq(), request.from(), request.to(),
                request.source(), request.asOf());
        String partner = partner(filter);
        filter = new ObservationFilter(filter.indicator(), codes, partner, filter.sex(), filter.age(),
                filter.breakdown(), filter.freq(), filter.from(), filter.to(), filter.source(), filter.asOf());
        IndicatorNotes indicatorNotes = notes.indicator(indicator.code());
        Map<String, Map<String, List<Figure>>> figures = Figures.byAreaAndPeriod(queries.find(filter, 0, Integer.MAX_VALUE), annual,
                indicatorNotes);
        Set<String> periods = new TreeSet<>();
        Set<String> sources = new LinkedHashSet<>();
        figures.values().forEach(byPeriod -> byPeriod.forEach((period, list) -> {
            periods.add(period);
            list.forEach(f -> sources.add(f.source()));
        }));
        Supplier<RateBook> rates = memo(() -> new RateBook(notes, catalogue, queries, request.asOf()));
        FigureTransform transform = new FigureTransform(notes, display, rates,
                new Denominators(catalogue, queries, request.asOf()));
        CellBuilder cells = new CellBuilder(indicatorNotes, transform, indicator.precedence(),
                IllustrativeSources.of(connectors), request.language());
        return layout.table(indicator, areas, periods, figures, cells, request, partner, display,
                sourceInfos(indicator, sources, request.language()));
    }

    static <T> Supplier<T> memo(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    private List<Area> areas(String spec) {
        List<Area> areas = new ArrayList<>();
        for (String code : spec.split(",")) {
            String trimmed = code.strip();
            List<Area> expanded = catalogue.expand(catalogue.resolveArea(trimmed).orElse(trimmed));
            if (expanded.isEmpty()) {
                throw new IllegalArgumentException("unknown area \"" + trimmed + "\"");
            }
            expanded.stream().filter(a -> !areas.contains(a)).forEach(areas::add);
        }
        return areas;
    }

    /** The partner asked for; else the total; else the only partner there is. */
    private String partner(ObservationFilter filter) {
        if (filter.partner() != null) {
            return filter.partner();
        }
        List<String> partners = queries.partners(filter);
        if (partners.isEmpty() || partners.contains(Harmoniser.TOTAL)) {
            return Harmoniser.TOTAL;
        }
        if (partners.size() == 1) {
            return partners.get(0);
        }
        throw new IllegalArgumentException("this indicator is broken down by partner; choose one with partner= among "
                + String.join(", ", partners));
    }

    private List<CompareTable.SourceInfo> sourceInfos(Indicator indicator, Set<String> ids, String language) {
        IndicatorNotes indicatorNotes = notes.indicator(indicator.code());
        return ids.stream().map(id -> {
            CompareTable.ConcordanceInfo concordance = indicatorNotes.source(id).map(c ->
                    new CompareTable.ConcordanceInfo(c.counts(), c.basis(), c.reference(), c.grade().label(),
                            c.caveat(language))).orElse(null);
            return connectors.find(id).map(d -> new CompareTable.SourceInfo(id, d.provenance().publisher(),
                    d.provenance().dataset(), d.provenance().licence(), d.provenance().url(), concordance,
                    d.provenance().isIllustrative()))
                    .orElse(new CompareTable.SourceInfo(id, null, null, null, null, concordance, false));
        }).toList();
    }
}
