package org.rives.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.rives.harmonise.Area;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Harmoniser;
import org.rives.harmonise.Indicator;
import org.rives.store.ObservationFilter;

/**
 * Mirror statistics: one bilateral flow as each side reports it. The reporter's figure for the
 * indicator towards the partner (immigration to Spain of Moroccan citizens) beside the partner's
 * figure for the mirror indicator towards the reporter (emigration from Morocco to Spain), with the
 * asymmetry ratio reporter / partner per period. Cells are built as in {@link CompareEngine}.
 */
public final class MirrorEngine {

    private final Catalogue catalogue;
    private final ObservationSource observations;
    private final CompareNotes notes;
    private final CompareEngine compare;

    /** Reads figures as {@code compare} does, and builds its cells the same way. */
    public MirrorEngine(Catalogue catalogue, ObservationSource observations, CompareNotes notes,
                        CompareEngine compare) {
        this.catalogue = catalogue;
        this.observations = observations;
        this.notes = notes;
        this.compare = compare;
    }

    public MirrorTable mirror(MirrorRequest request) {
        Indicator indicator = indicator(request.indicator());
        Indicator mirror = indicator(notes.indicator(indicator.code()).mirror());
        Area reporter = area(request.reporter());
        Area partner = area(request.partner());
        boolean money = notes.isCurrency(indicator.unit()) || notes.isCurrency(mirror.unit());
        String currency = request.currency() != null ? request.currency() : money ? RateBook.USD : null;
        Display display = Display.checked(currency, null, null, false);
        FigureTransform transform = compare.transform(display, request.asOf());
        Side asReporter = new Side(reporter, compare.cells(indicator.code(), transform, request.language()),
                side(indicator, reporter, partner, request));
        Side asPartner = new Side(partner, compare.cells(mirror.code(), transform, request.language()),
                side(mirror, partner, reporter, request));
        return new MirrorTable(side(indicator, reporter, request.language()), side(mirror, partner,
                request.language()), request.freq(), display.currency(), request.asOf(), pairs(asReporter, asPartner),
                List.of("ratio = reporter's figure / partner's figure; 1 means both sides agree",
                        notes.indicator(indicator.code()).note(request.language()).orElse("")).stream()
                        .filter(n -> !n.isEmpty()).toList());
    }

    /** One side of the flow: its area, how its cells are built, and its figures by period. */
    private record Side(Area area, CellBuilder cells, Map<String, List<Figure>> figures) {

        CompareTable.Cell cell(String period) {
            List<Figure> candidates = figures.get(period);
            return candidates == null ? null : cells.build(area.code(), period, candidates).cell();
        }
    }

    private static List<MirrorTable.Pair> pairs(Side reporter, Side partner) {
        TreeSet<String> periods = new TreeSet<>(reporter.figures().keySet());
        periods.addAll(partner.figures().keySet());
        List<MirrorTable.Pair> pairs = new ArrayList<>();
        for (String period : periods) {
            CompareTable.Cell mine = reporter.cell(period);
            CompareTable.Cell theirs = partner.cell(period);
            pairs.add(new MirrorTable.Pair(period, mine, theirs, ratio(mine, theirs)));
        }
        return pairs;
    }

    private Map<String, List<Figure>> side(Indicator indicator, Area area, Area counterpart, MirrorRequest request) {
        boolean annual = request.freq() == Frequency.A;
        ObservationFilter filter = new ObservationFilter(indicator.code(), List.of(area.code()), counterpart.code(),
                Harmoniser.TOTAL, Harmoniser.TOTAL, Harmoniser.TOTAL, annual ? null : request.freq().name(),
                request.from(), request.to(), null, request.asOf());
        return Figures.byAreaAndPeriod(observations.find(filter), annual, notes.indicator(indicator.code()))
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

    private static MirrorTable.Side side(Indicator indicator, Area area, String language) {
        return new MirrorTable.Side(indicator.code(), indicator.label(language), area.code(), area.name(language));
    }

    private Indicator indicator(String code) {
        return catalogue.indicator(code).orElseThrow(() -> new IllegalArgumentException("not a catalogue "
                + "indicator, or no mirror: " + code));
    }

    private Area area(String code) {
        return catalogue.area(code).orElseThrow(() -> new IllegalArgumentException("not a catalogue area: " + code));
    }
}
