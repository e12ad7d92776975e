package org.rives.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rives.store.ObservationRow;

/**
 * Annual figures from one source's series for one area: the publisher's own annual figure where it
 * gives one, else the sum of its quarters or months, complete (4 of 4, 12 of 12) or flagged partial
 * with the periods that are missing. Only flows are summed; a stock at the end of March is not a
 * stock of the year.
 */
public final class RollUp {

    private RollUp() {
    }

    /** Year → figure, for rows of one source and one area (any frequency). */
    public static Map<String, Figure> annual(List<ObservationRow> rows, boolean additive) {
        Map<String, Figure> years = new TreeMap<>();
        Map<String, List<ObservationRow>> quarters = new TreeMap<>();
        Map<String, List<ObservationRow>> months = new TreeMap<>();
        for (ObservationRow row : rows) {
            String year = row.timePeriod().substring(0, 4);
            switch (row.freq()) {
                case "A" -> years.put(year, published(row));
                case "Q" -> quarters.computeIfAbsent(year, y -> new ArrayList<>()).add(row);
                case "M" -> months.computeIfAbsent(year, y -> new ArrayList<>()).add(row);
                default -> { }
            }
        }
        if (!additive) {
            return years;
        }
        for (String year : union(quarters, months)) {
            if (years.containsKey(year)) {
                continue;
            }
            Figure fromQuarters = sum(year, quarters.getOrDefault(year, List.of()), 4, "quarters");
            Figure fromMonths = sum(year, months.getOrDefault(year, List.of()), 12, "months");
            years.put(year, best(fromQuarters, fromMonths));
        }
        return years;
    }

    public static Figure published(ObservationRow row) {
        return new Figure(row.source(), row.value(), row.unit(), row.unitMult(), row.status(), row.flags(),
                row.loadId(), null);
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        Map<String, Boolean> all = new TreeMap<>();
        a.keySet().forEach(k -> all.put(k, true));
        b.keySet().forEach(k -> all.put(k, true));
        return List.copyOf(all.keySet());
    }

    private static Figure best(Figure quarters, Figure months) {
        if (quarters == null) {
            return months;
        }
        if (months == null || quarters.coverage().complete()) {
            return quarters;
        }
        return months.coverage().complete() || months.coverage().have() * 4 >= quarters.coverage().have() * 12
                ? months : quarters;
    }

    private static Figure sum(String year, List<ObservationRow> parts, int of, String name) {
        if (parts.isEmpty()) {
            return null;
        }
        Map<String, ObservationRow> byPeriod = new LinkedHashMap<>();
        parts.forEach(p -> byPeriod.put(p.timePeriod(), p));
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= of; i++) {
            String period = of == 4 ? year + "-Q" + i : year + "-" + (i < 10 ? "0" : "") + i;
            if (!byPeriod.containsKey(period)) {
                missing.add(period);
            }
        }
        ObservationRow first = parts.get(0);
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        String status = "A";
        int loadId = 0;
        for (ObservationRow part : byPeriod.values()) {
            // Decimal addition, so that twelve months as published add up to the figure a reader would get.
            total = total.add(new java.math.BigDecimal(Double.toString(part.value()))
                    .scaleByPowerOfTen(part.unitMult() - first.unitMult()));
            status = "A".equals(status) ? part.status() : status;
            loadId = Math.max(loadId, part.loadId());
        }
        Coverage coverage = Coverage.of(byPeriod.size(), of, name, missing, missing);
        return new Figure(first.source(), total.doubleValue(), first.unit(), first.unitMult(), status, null, loadId,
                coverage);
    }
}
