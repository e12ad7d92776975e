package org.rives.compare;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.rives.error.ParameterException;
import org.rives.harmonise.Area;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Harmoniser;
import org.rives.harmonise.Indicator;
import org.rives.store.ObservationFilter;

/**
 * Builds comparable tables: both shores side by side for one indicator, the source precedence
 * applied, months and quarters rolled up to complete years, figures converted as asked, shore
 * subtotals with their coverage. Reads figures through an {@link ObservationSource}, so that its
 * arithmetic is tested without a store.
 */
public final class CompareEngine {

    private final Catalogue catalogue;
    private final ObservationSource observations;
    private final SourceDirectory sources;
    private final SourcePrecedence precedence;
    private final CompareNotes notes;
    private final CompareLayout layout;

    public CompareEngine(Catalogue catalogue, ObservationSource observations, SourceDirectory sources,
                         CompareNotes notes) {
        this.catalogue = catalogue;
        this.observations = observations;
        this.sources = sources;
        this.precedence = new SourcePrecedence(catalogue, sources);
        this.notes = notes;
        this.layout = new CompareLayout(catalogue, notes);
    }

    /**
     * The table asked for. With no areas given, the indicator's own: the 5+5 countries, or where the
     * indicator has no figure for any of them, the areas it has figures for (routes, publishers' aggregates).
     */
    public CompareTable compare(CompareRequest request) {
        if (!request.areas().isEmpty()) {
            return table(request);
        }
        CompareTable countries = table(request.withAreas(catalogue.fivePlusFive().stream().map(Area::code).toList()));
        if (!countries.periods().isEmpty()) {
            return countries;
        }
        List<String> own = areasWithFigures(request);
        boolean none = own.isEmpty() || catalogue.fivePlusFive().stream().anyMatch(a -> own.contains(a.code()));
        return none ? countries : table(request.withAreas(own));
    }

    /** Every area that has a figure of the request's indicator (any partner, period or frequency), in catalogue order. */
    private List<String> areasWithFigures(CompareRequest request) {
        Set<String> present = new java.util.HashSet<>();
        // Where totals may be computed from parts, an area with parts only has figures too.
        String total = notes.indicator(request.indicator()).sums() == null ? Harmoniser.TOTAL : null;
        observations.find(new ObservationFilter(request.indicator(), List.of(), total, Harmoniser.TOTAL,
                Harmoniser.TOTAL, total, null, null, null, request.source(), request.asOf()))
                .forEach(row -> present.add(row.refArea()));
        return catalogue.areas().stream().map(Area::code).filter(present::contains).toList();
    }

    private CompareTable table(CompareRequest request) {
        Indicator indicator = catalogue.indicator(request.indicator()).orElseThrow(() ->
                new IllegalArgumentException("not a catalogue indicator: " + request.indicator()));
        List<Area> areas = request.areas().stream().map(code -> catalogue.area(code).orElseThrow(() ->
                new IllegalArgumentException("not a catalogue area: " + code))).toList();
        boolean annual = request.freq() == Frequency.A;
        ObservationFilter filter = new ObservationFilter(indicator.code(), request.areas(), request.partner(),
                Harmoniser.TOTAL, Harmoniser.TOTAL, Harmoniser.TOTAL, annual ? null : request.freq().name(),
                request.from(), request.to(), request.source(), request.asOf());
        String partner = partner(filter);
        filter = new ObservationFilter(filter.indicator(), filter.areas(), partner, filter.sex(), filter.age(),
                filter.breakdown(), filter.freq(), filter.from(), filter.to(), filter.source(), filter.asOf());
        IndicatorNotes indicatorNotes = notes.indicator(indicator.code());
        BreakdownSums.Result totals = totals(filter, indicatorNotes);
        Map<String, Map<String, List<Figure>>> figures = Figures.byAreaAndPeriod(totals.rows(), annual,
                indicatorNotes);
        Withheld withheld = Withheld.apply(figures, request, annual, precedence);
        Set<String> periods = new TreeSet<>();
        Set<String> present = new LinkedHashSet<>();
        figures.values().forEach(byPeriod -> byPeriod.forEach((period, list) -> {
            periods.add(period);
            list.forEach(f -> present.add(f.source()));
        }));
        String columnCurrency = notes.isCurrency(indicator.unit()) ? indicator.unit() : null;
        CellBuilder cells = new CellBuilder(indicator.code(), indicatorNotes,
                transform(request.display(), request.asOf(), columnCurrency), precedence, request.language(), totals);
        return layout.table(indicator, areas, periods, figures, cells, request, partner,
                sourceInfos(indicator, present, request.language()), withheld, totals.notes());
    }

    /**
     * The published totals the filter asks for; where the catalogue allows it ({@code sums:}), with the totals
     * computed from the parts of a publisher that gives none (see {@link BreakdownSums}).
     */
    private BreakdownSums.Result totals(ObservationFilter filter, IndicatorNotes indicatorNotes) {
        if (indicatorNotes.sums() == null) {
            return new BreakdownSums.Result(observations.find(filter), Map.of(), List.of());
        }
        ObservationFilter parts = new ObservationFilter(filter.indicator(), filter.areas(),
                Harmoniser.TOTAL.equals(filter.partner()) ? null : filter.partner(), filter.sex(), filter.age(), null,
                filter.freq(), filter.from(), filter.to(), filter.source(), filter.asOf());
        return BreakdownSums.of(observations.find(parts), indicatorNotes.sums(), filter.partner());
    }

    /** How figures are turned into the figures asked (currency, ratio, scale), with rates read once if needed. */
    FigureTransform transform(Display display, Instant asOf) {
        return transform(display, asOf, null);
    }

    /** As above; amounts published in another currency than {@code columnCurrency} are converted to it. */
    private FigureTransform transform(Display display, Instant asOf, String columnCurrency) {
        Supplier<RateBook> rates = memo(() -> new RateBook(notes, observations, precedence, asOf));
        return new FigureTransform(notes, display, rates, new Denominators(observations, precedence, asOf),
                columnCurrency);
    }

    /** How the cells of one indicator are built: the headline by precedence, the others beside it. */
    CellBuilder cells(String indicator, FigureTransform transform, String language) {
        return new CellBuilder(indicator, notes.indicator(indicator), transform, precedence, language);
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
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

    /** The partner asked for; else the total; else the only partner there is; else the caller must choose. */
    private String partner(ObservationFilter filter) {
        if (filter.partner() != null) {
            return filter.partner();
        }
        List<String> partners = observations.partners(filter);
        if (partners.isEmpty() || partners.contains(Harmoniser.TOTAL)) {
            return Harmoniser.TOTAL;
        }
        if (partners.size() == 1) {
            return partners.get(0);
        }
        throw ParameterException.missing("partner", partners, "this indicator is broken down by partner; choose "
                + "one with partner= among " + String.join(", ", partners));
    }

    private List<CompareTable.SourceInfo> sourceInfos(Indicator indicator, Set<String> ids, String language) {
        IndicatorNotes indicatorNotes = notes.indicator(indicator.code());
        return ids.stream().map(id -> {
            CompareTable.ConcordanceInfo concordance = indicatorNotes.source(id).map(c ->
                    new CompareTable.ConcordanceInfo(c.counts(), c.basis(), c.reference(), c.grade(),
                            c.caveat(language))).orElse(null);
            return sources.provenance(id).map(p -> new CompareTable.SourceInfo(id, p.publisher(), p.dataset(),
                    p.licence(), p.url(), concordance, p.isIllustrative()))
                    .orElse(new CompareTable.SourceInfo(id, null, null, null, null, concordance, false));
        }).toList();
    }
}
