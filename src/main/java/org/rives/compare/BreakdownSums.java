package org.rives.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.rives.harmonise.Harmoniser;
import org.rives.store.ObservationRow;

/**
 * Totals a publisher does not give, computed from the parts it does, for the indicators whose catalogue
 * entry allows it ({@code sums:}); Frontex, for one, gives detections by route, border type and citizenship
 * with no total row. Per source, area and frequency:
 * <ul>
 *   <li>A period for which the publisher gives the total gets none computed: the published figure stands.</li>
 *   <li>The parts are taken at one level only, so that nothing is counted twice: the rows by breakdown for the
 *       partner asked (all citizenships by border type) when the source gives any; else, for all partners when
 *       the partners are citizenships, each citizenship's own total where given, else its rows by breakdown.</li>
 *   <li>Only breakdown codes that the catalogue says partition the total are added; a series with another code
 *       leaves the area without a computed total.</li>
 *   <li>The parts are the series the source gives for the area in the periods read (a publisher that lists
 *       only the rows with detections lists no land row for a sea route); a period where one of them has no
 *       figure gets no total, and the table's notes say which part was missing.</li>
 * </ul>
 * A sum over the citizenships listed is the publisher's "all citizenships" only if it lists every one; each
 * computed cell says so ({@link CompareTable.Sum}).
 */
final class BreakdownSums {

    /** Which figures are computed totals. */
    @FunctionalInterface
    interface Lookup {

        Lookup NONE = (area, period, source) -> null;

        /** The computed total behind an area's figure from a source for a period, or null when it is published. */
        CompareTable.Sum sum(String area, String period, String source);
    }

    /** The published totals with the computed ones added, which cells are computed, and the periods left without. */
    record Result(List<ObservationRow> rows, Map<String, CompareTable.Sum> computed, List<String> notes)
            implements Lookup {

        /** Also a year an annual table rolls up from computed months, unless the source publishes the year. */
        @Override
        public CompareTable.Sum sum(String area, String period, String source) {
            return computed.get(key(area, source, period));
        }
    }

    private BreakdownSums() {
    }

    /**
     * @param rows    every row of the indicator for the areas read, partner {@code partner} or any when it is the
     *                total, any breakdown (totals among them)
     * @param partner the partner of the table, {@link Harmoniser#TOTAL} for all
     */
    static Result of(List<ObservationRow> rows, IndicatorNotes.Sums sums, String partner) {
        List<ObservationRow> out = new ArrayList<>();
        Map<String, CompareTable.Sum> computed = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Map<String, List<ObservationRow>> bySeries = new LinkedHashMap<>();
        for (ObservationRow row : rows) {
            bySeries.computeIfAbsent(String.join("|", row.source(), row.refArea(), row.freq(), row.unit(),
                    Integer.toString(row.unitMult())), k -> new ArrayList<>()).add(row);
        }
        for (List<ObservationRow> series : bySeries.values()) {
            List<ObservationRow> totals = series.stream().filter(r -> isTotal(r, partner)).toList();
            out.addAll(totals);
            Level level = parts(series, sums, partner);
            if (!level.parts().isEmpty()) {
                add(series.get(0), totals, level, partner, out, computed, notes);
            }
        }
        markYears(out, computed);
        return new Result(out, computed, notes);
    }

    private static boolean isTotal(ObservationRow row, String partner) {
        return partner.equals(row.counterpartArea()) && Harmoniser.TOTAL.equals(row.breakdown());
    }

    /** The parts of a total at one level: name (partner·breakdown) → rows; over partners or breakdown only. */
    private record Level(Map<String, List<ObservationRow>> parts, boolean overPartners) {

        static final Level NONE = new Level(Map.of(), false);
    }

    /** The parts of the series' total; {@link Level#NONE} when no total may be computed from them. */
    private static Level parts(List<ObservationRow> series, IndicatorNotes.Sums sums, String partner) {
        List<ObservationRow> byBreakdown = series.stream().filter(r -> partner.equals(r.counterpartArea())
                && !Harmoniser.TOTAL.equals(r.breakdown())).toList();
        if (!byBreakdown.isEmpty()) {
            return partition(byBreakdown, sums) ? new Level(byName(byBreakdown), false) : Level.NONE;
        }
        if (!Harmoniser.TOTAL.equals(partner) || !sums.partners()) {
            return Level.NONE;
        }
        Map<String, List<ObservationRow>> byPartner = new TreeMap<>();
        series.stream().filter(r -> !Harmoniser.TOTAL.equals(r.counterpartArea()))
                .forEach(r -> byPartner.computeIfAbsent(r.counterpartArea(), p -> new ArrayList<>()).add(r));
        List<ObservationRow> chosen = new ArrayList<>();
        for (List<ObservationRow> own : byPartner.values()) {
            List<ObservationRow> ownTotal = own.stream().filter(r -> Harmoniser.TOTAL.equals(r.breakdown())).toList();
            if (!ownTotal.isEmpty()) {
                chosen.addAll(ownTotal);
            } else if (partition(own, sums)) {
                chosen.addAll(own);
            } else {
                return Level.NONE;
            }
        }
        return new Level(byName(chosen), true);
    }

    private static boolean partition(List<ObservationRow> rows, IndicatorNotes.Sums sums) {
        return rows.stream().allMatch(r -> sums.breakdown().contains(r.breakdown()));
    }

    private static Map<String, List<ObservationRow>> byName(List<ObservationRow> rows) {
        Map<String, List<ObservationRow>> named = new TreeMap<>();
        rows.forEach(r -> named.computeIfAbsent(name(r), n -> new ArrayList<>()).add(r));
        return named;
    }

    private static String name(ObservationRow row) {
        return Harmoniser.TOTAL.equals(row.breakdown()) ? row.counterpartArea()
                : Harmoniser.TOTAL.equals(row.counterpartArea()) ? row.breakdown()
                : row.counterpartArea() + "·" + row.breakdown();
    }

    /** For each period without a published total: the sum of the parts when each has a figure, else a note. */
    private static void add(ObservationRow first, List<ObservationRow> totals, Level level, String partner,
                            List<ObservationRow> out, Map<String, CompareTable.Sum> computed, List<String> notes) {
        Map<String, List<ObservationRow>> parts = level.parts();
        Set<String> published = new LinkedHashSet<>();
        totals.forEach(t -> published.add(t.timePeriod()));
        Map<String, Map<String, ObservationRow>> byPeriod = new TreeMap<>();
        parts.forEach((name, rows) -> rows.forEach(r ->
                byPeriod.computeIfAbsent(r.timePeriod(), p -> new TreeMap<>()).put(name, r)));
        CompareTable.Sum sum = describe(parts.keySet(), level.overPartners());
        byPeriod.forEach((period, present) -> {
            if (published.contains(period)) {
                return;
            }
            if (present.size() < parts.size()) {
                List<String> missing = parts.keySet().stream().filter(n -> !present.containsKey(n)).toList();
                notes.add(first.refArea() + " " + period + " (" + first.source() + "): no total computed, "
                        + String.join(", ", missing) + " not given for this period");
                return;
            }
            out.add(total(first, partner, period, present.values()));
            computed.put(key(first.refArea(), first.source(), period), sum);
        });
    }

    private static CompareTable.Sum describe(Set<String> names, boolean overPartners) {
        String text = "computed by Rives, the publisher gives no total: sum of " + names.size() + " series ("
                + String.join(", ", names) + ")" + (overPartners ? "; a sum over the citizenships the publisher "
                + "lists, which is its total for all citizenships only if it lists every one" : "");
        return new CompareTable.Sum(overPartners ? List.of("partner", "breakdown") : List.of("breakdown"),
                List.copyOf(names), text);
    }

    private static ObservationRow total(ObservationRow first, String partner, String period,
                                        java.util.Collection<ObservationRow> parts) {
        BigDecimal total = BigDecimal.ZERO;
        String status = "A";
        int loadId = 0;
        for (ObservationRow part : parts) {
            // Decimal addition, so that the parts as published add up to the figure a reader would get.
            total = total.add(new BigDecimal(Double.toString(part.value())));
            status = "A".equals(status) ? part.status() : status;
            loadId = Math.max(loadId, part.loadId());
        }
        return new ObservationRow(first.source(), first.indicator(), first.refArea(), partner, first.sex(),
                first.age(), Harmoniser.TOTAL, first.freq(), period, total.doubleValue(), first.unit(),
                first.unitMult(), status, null, loadId, null, 0);
    }

    /**
     * A year an annual table rolls up from computed months or quarters is computed too, unless the source
     * publishes that year's total, which the roll-up then takes.
     */
    private static void markYears(List<ObservationRow> rows, Map<String, CompareTable.Sum> computed) {
        Set<String> publishedYears = new LinkedHashSet<>();
        rows.stream().filter(r -> "A".equals(r.freq()))
                .forEach(r -> publishedYears.add(key(r.refArea(), r.source(), r.timePeriod())));
        Map<String, CompareTable.Sum> years = new LinkedHashMap<>();
        computed.forEach((key, sum) -> {
            String year = key.substring(0, key.lastIndexOf('|') + 5);
            if (!publishedYears.contains(year) && !computed.containsKey(year)) {
                years.putIfAbsent(year, sum);
            }
        });
        computed.putAll(years);
    }

    private static String key(String area, String source, String period) {
        return area + '|' + source + '|' + period;
    }
}
