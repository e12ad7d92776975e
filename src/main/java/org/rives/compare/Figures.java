package org.rives.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rives.store.ObservationRow;

/** Groups observations into figures per area and period, one per source (and unit). */
final class Figures {

    private Figures() {
    }

    /** Area → period → one figure per source; for annual tables, months and quarters rolled up to years. */
    static Map<String, Map<String, List<Figure>>> byAreaAndPeriod(List<ObservationRow> rows, boolean annual,
                                                                  IndicatorNotes notes) {
        Map<String, Map<String, List<ObservationRow>>> bySeries = new LinkedHashMap<>();
        for (ObservationRow row : rows) {
            bySeries.computeIfAbsent(row.refArea(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(row.source() + '|' + row.unit() + '|' + row.unitMult(), s -> new ArrayList<>())
                    .add(row);
        }
        Map<String, Map<String, List<Figure>>> figures = new LinkedHashMap<>();
        bySeries.forEach((area, series) -> series.values().forEach(list -> {
            Map<String, Figure> byPeriod = new LinkedHashMap<>();
            if (annual) {
                byPeriod.putAll(RollUp.annual(list, notes.summableOverTime()));
            } else {
                list.forEach(row -> byPeriod.put(row.timePeriod(), RollUp.published(row)));
            }
            byPeriod.forEach((period, figure) -> figures.computeIfAbsent(area, a -> new LinkedHashMap<>())
                    .computeIfAbsent(period, p -> new ArrayList<>()).add(figure));
        }));
        return figures;
    }

}
