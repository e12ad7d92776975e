package org.rives.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.rives.harmonise.Harmoniser;
import org.rives.store.ObservationFilter;
import org.rives.store.ObservationRow;

/**
 * Observations held in a list and filtered as the store filters them (same fields, same period range,
 * same order), so that the comparison's arithmetic is tested with figures written in the test and
 * without a database. Every figure is current: {@code asOf} is not modelled here.
 */
final class FakeObservations implements ObservationSource {

    private static final Comparator<ObservationRow> KEY_ORDER = Comparator.comparing(ObservationRow::indicator)
            .thenComparing(ObservationRow::refArea).thenComparing(ObservationRow::counterpartArea)
            .thenComparing(ObservationRow::sex).thenComparing(ObservationRow::age)
            .thenComparing(ObservationRow::breakdown).thenComparing(ObservationRow::freq)
            .thenComparing(ObservationRow::source).thenComparing(ObservationRow::timePeriod);

    private final List<ObservationRow> rows = new ArrayList<>();

    /** A figure for all partners, as published (status A), its frequency read from the period. */
    FakeObservations add(String source, String indicator, String area, String period, double value, String unit,
                         int unitMult) {
        return add(source, indicator, area, Harmoniser.TOTAL, period, value, unit, unitMult);
    }

    FakeObservations add(String source, String indicator, String area, String partner, String period, double value,
                         String unit, int unitMult) {
        rows.add(new ObservationRow(source, indicator, area, partner, Harmoniser.TOTAL, Harmoniser.TOTAL,
                Harmoniser.TOTAL, Frequency.ofPeriod(period).name(), period, value, unit, unitMult, "A", null, 1, null,
                rows.size() + 1));
        return this;
    }

    /** A figure of one part of a total: one partner (or all, {@code _T}) and one breakdown code (or all). */
    FakeObservations addPart(String source, String indicator, String area, String partner, String breakdown,
                             String period, double value, String unit) {
        rows.add(new ObservationRow(source, indicator, area, partner, Harmoniser.TOTAL, Harmoniser.TOTAL, breakdown,
                Frequency.ofPeriod(period).name(), period, value, unit, 0, "A", null, 1, null, rows.size() + 1));
        return this;
    }

    @Override
    public List<ObservationRow> find(ObservationFilter filter) {
        return rows.stream().filter(row -> matches(filter, row)).sorted(KEY_ORDER).toList();
    }

    @Override
    public List<String> partners(ObservationFilter filter) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.stream().filter(row -> matches(filter, row, true))
                .forEach(row -> counts.merge(row.counterpartArea(), 1, Integer::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList();
    }

    private static boolean matches(ObservationFilter filter, ObservationRow row) {
        return matches(filter, row, false);
    }

    private static boolean matches(ObservationFilter f, ObservationRow row, boolean anyPartner) {
        return either(f.indicator(), row.indicator()) && (anyPartner || either(f.partner(), row.counterpartArea()))
                && either(f.sex(), row.sex()) && either(f.age(), row.age()) && either(f.breakdown(), row.breakdown())
                && either(f.freq(), row.freq()) && either(f.source(), row.source())
                && (f.areas().isEmpty() || f.areas().contains(row.refArea()))
                && (f.from() == null || row.timePeriod().compareTo(f.from()) >= 0)
                && (f.to() == null || row.timePeriod().compareTo(f.to() + "\uffff") <= 0);
    }

    private static boolean either(String wanted, String value) {
        return wanted == null || Objects.equals(wanted, value);
    }
}
