package org.rives.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.rives.compare.CompareNotes;
import org.rives.compare.Denominators;
import org.rives.compare.Figure;
import org.rives.compare.IndicatorNotes;
import org.rives.compare.RateBook;
import org.rives.harmonise.Area;
import org.rives.connector.ConnectorRegistry;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Harmoniser;
import org.rives.harmonise.Indicator;
import org.rives.store.ObservationFilter;
import org.rives.store.ObservationQueries;
import org.springframework.stereotype.Service;

/**
 * Mirror statistics: one bilateral flow as each side reports it. The reporter's figure for the
 * indicator towards the partner (immigration to Spain of Moroccan citizens) beside the partner's
 * figure for the mirror indicator towards the reporter (emigration from Morocco to Spain), with the
 * asymmetry ratio reporter / partner per period.
 */
@Service
class MirrorService {

    record Request(String indicator, String reporter, String partner, String freq, String from, String to,
                   String currency, Instant asOf, String language) {
    }

    private final Catalogue catalogue;
    private final ObservationQueries queries;
    private final CompareNotes notes;
    private final ConnectorRegistry connectors;

    MirrorService(Catalogue catalogue, ObservationQueries queries, CompareNotes notes, ConnectorRegistry connectors) {
        this.catalogue = catalogue;
        this.queries = queries;
        this.notes = notes;
        this.connectors = connectors;
    }

    MirrorTable mirror(Request request) {
        Indicator indicator = indicator(request.indicator());
        String mirrorCode = notes.indicator(indicator.code()).mirror();
        if (mirrorCode == null) {
            throw new IllegalArgumentException("indicator " + indicator.code() + " has no mirror indicator in the "
                    + "catalogue (comparability." + indicator.code() + ".mirror)");
        }
        Indicator mirror = indicator(mirrorCode);
        Area reporter = area(request.reporter(), "reporter");
        Area partner = area(request.partner(), "partner");
        Supplier<RateBook> rates = CompareService.memo(() -> new RateBook(notes, catalogue, queries, request.asOf()));
        boolean money = notes.isCurrency(indicator.unit()) || notes.isCurrency(mirror.unit());
        String currency = request.currency() != null ? request.currency() : money ? RateBook.USD : null;
        CompareTable.Display display = RequestChecks.display(new CompareService.Request(indicator.code(), "", null,
                request.freq(), null, null, null, request.asOf(), request.language(), currency, null, null, false));
        FigureTransform transform = new FigureTransform(notes, display, rates,
                new Denominators(catalogue, queries, request.asOf()));
        Map<String, List<Figure>> asReporter = side(indicator, reporter, partner, request);
        Map<String, List<Figure>> asPartner = side(mirror, partner, reporter, request);
        CellBuilder reporterCells = new CellBuilder(notes.indicator(indicator.code()), transform,
                indicator.precedence(), IllustrativeSources.of(connectors), request.language());
        CellBuilder partnerCells = new CellBuilder(notes.indicator(mirror.code()), transform, mirror.precedence(),
                IllustrativeSources.of(connectors), request.language());
        List<MirrorTable.Pair> pairs = pairs(reporter, reporterCells, asReporter, partner, partnerCells, asPartner);
        return new MirrorTable(side(indicator, reporter, request.language()), side(mirror, partner,
                request.language()), request.freq(), display.currency(), request.asOf(), pairs, List.of(
                "ratio = reporter's figure / partner's figure; 1 means both sides agree",
                notes.indicator(indicator.code()).note(request.language()).orElse("")).stream()
                .filter(n -> !n.isEmpty()).toList());
    }

    private static List<MirrorTable.Pair> pairs(Area reporter, CellBuilder reporterCells,
                                                Map<String, List<Figure>> asReporter, Area partner,
                                                CellBuilder partnerCells, Map<String, List<Figure>> asPartner) {
        TreeSet<String> periods = new TreeSet<>(asReporter.keySet());
        periods.addAll(asPartner.keySet());
        List<MirrorTable.Pair> pairs = new ArrayList<>();
        for (String period : periods) {
            CompareTable.Cell mine = asReporter.containsKey(period)
                    ? reporterCells.build(reporter.code(), period, asReporter.get(period)).cell() : null;
            CompareTable.Cell theirs = asPartner.containsKey(period)
                    ? partnerCells.build(partner.code(), period, asPartner.get(period)).cell() : null;
            pairs.add(new MirrorTable.Pair(period, mine, theirs, ratio(mine, theirs)));
        }
        return pairs;
    }

    private Map<String, List<Figure>> side(Indicator indicator, Area area, Area counterpart, Request request) {
        boolean annual = "A".equals(request.freq());
        ObservationFilter filter = new ObservationFilter(indicator.code(), List.of(area.code()), counterpart.code(),
                Harmoniser.TOTAL, Harmoniser.TOTAL, Harmoniser.TOTAL, annual ? null : request.freq(), request.from(),
                request.to(), null, request.asOf());
        IndicatorNotes indicatorNotes = notes.indicator(indicator.code());
        return Figures.byAreaAndPeriod(queries.find(filter, 0, Integer.MAX_VALUE), annual, indicatorNotes)
                .getOrDefault(area.code(), Map.of());
    }

    /** Reporter over partner, when both are shown in the same unit and the partner's is not zero. */
    private static BigDecimal ratio(CompareTable.Cell mine, CompareTable.Cell theirs) {
        if (mine == null || theirs == null || mine.value() == null || theirs.value() == null
                || theirs.value().signum() == 0 || !mine.unit().equals(theirs.unit())) {
            return null;
        }
        BigDecimal a = mine.value().scaleByPowerOfTen(mine.unitMult());
        BigDecimal b = theirs.value().scaleByPowerOfTen(theirs.unitMult());
        return a.divide(b, new MathContext(4)).stripTrailingZeros();
    }

    private MirrorTable.Side side(Indicator indicator, Area area, String language) {
        return new MirrorTable.Side(indicator.code(), indicator.label(language), area.code(), area.name(language));
    }

    private Indicator indicator(String code) {
        return catalogue.indicator(code).orElseThrow(() ->
                new IllegalArgumentException("unknown indicator \"" + code + "\"; see /api/catalogue"));
    }

    private Area area(String spelling, String what) {
        if (spelling == null || spelling.isBlank()) {
            throw new IllegalArgumentException(what + " is required (an ISO 3166 alpha-3 code such as ESP)");
        }
        return catalogue.resolveArea(spelling).flatMap(catalogue::area).filter(Area::isCountry).orElseThrow(() ->
                new IllegalArgumentException("unknown " + what + " \"" + spelling + "\" (a country is needed)"));
    }
}
