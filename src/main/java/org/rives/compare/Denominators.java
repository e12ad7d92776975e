package org.rives.compare;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Harmoniser;
import org.rives.store.ObservationFilter;
import org.rives.store.ObservationQueries;
import org.rives.store.ObservationRow;

/**
 * Denominators for ratios, read from the store as they stood at a date: population ({@code POP}) for
 * per-capita figures and GDP ({@code GDP}) for shares of GDP, annual, the catalogue's precedence
 * choosing among sources.
 */
public final class Denominators {

    public static final String POPULATION = "POP";
    public static final String GDP = "GDP";

    private final Catalogue catalogue;
    private final ObservationQueries queries;
    private final Instant asOf;
    private final Map<String, Map<String, ObservationRow>> loaded = new HashMap<>();

    public Denominators(Catalogue catalogue, ObservationQueries queries, Instant asOf) {
        this.catalogue = catalogue;
        this.queries = queries;
        this.asOf = asOf;
    }

    /** The annual figure of a denominator indicator for an area and year, if the store has one. */
    public Optional<Figure> of(String indicator, String area, String year) {
        return Optional.ofNullable(rows(indicator).get(area + '|' + year)).map(RollUp::published);
    }

    private Map<String, ObservationRow> rows(String indicator) {
        return loaded.computeIfAbsent(indicator, code -> {
            List<String> order = catalogue.indicator(code).map(i -> i.precedence()).orElse(List.of());
            ObservationFilter filter = new ObservationFilter(code, List.of(), Harmoniser.TOTAL, Harmoniser.TOTAL,
                    Harmoniser.TOTAL, Harmoniser.TOTAL, "A", null, null, null, asOf);
            Map<String, ObservationRow> byKey = new HashMap<>();
            for (ObservationRow row : queries.find(filter, 0, Integer.MAX_VALUE)) {
                byKey.merge(row.refArea() + '|' + row.timePeriod(), row,
                        (kept, other) -> rank(order, other) < rank(order, kept) ? other : kept);
            }
            return byKey;
        });
    }

    private static int rank(List<String> order, ObservationRow row) {
        int rank = order.indexOf(row.source());
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }
}
