package org.rives.compare;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rives.harmonise.Harmoniser;
import org.rives.store.ObservationFilter;
import org.rives.store.ObservationRow;

/**
 * Denominators for ratios, read from the store as they stood at a date: population ({@code POP}) for
 * per-capita figures and GDP ({@code GDP}) for shares of GDP, annual, the one source precedence
 * choosing among sources.
 */
public final class Denominators {

    public static final String POPULATION = "POP";
    public static final String GDP = "GDP";

    private final ObservationSource observations;
    private final SourcePrecedence precedence;
    private final Instant asOf;
    private final Map<String, Map<String, ObservationRow>> loaded = new HashMap<>();

    public Denominators(ObservationSource observations, SourcePrecedence precedence, Instant asOf) {
        this.observations = observations;
        this.precedence = precedence;
        this.asOf = asOf;
    }

    /** The annual figure of a denominator indicator for an area and year, if the store has one. */
    public Optional<Figure> of(String indicator, String area, String year) {
        return Optional.ofNullable(rows(indicator).get(area + '|' + year)).map(RollUp::published);
    }

    private Map<String, ObservationRow> rows(String indicator) {
        return loaded.computeIfAbsent(indicator, code -> {
            ObservationFilter filter = new ObservationFilter(code, List.of(), Harmoniser.TOTAL, Harmoniser.TOTAL,
                    Harmoniser.TOTAL, Harmoniser.TOTAL, "A", null, null, null, asOf);
            Map<String, ObservationRow> byKey = new HashMap<>();
            for (ObservationRow row : observations.find(filter)) {
                byKey.merge(row.refArea() + '|' + row.timePeriod(), row,
                        precedence.preferred(code, ObservationRow::source));
            }
            return byKey;
        });
    }
}
