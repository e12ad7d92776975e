package org.rives.compare;

import java.util.Comparator;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Indicator;

/**
 * The one rule that decides which source headlines a figure when several give it, used wherever
 * figures are chosen (a table's cells, the exchange rates, the denominators of ratios): a published
 * figure before an illustrative sample, then the order of the indicator's {@code precedence} in the
 * catalogue, then any other source by its id, so that the choice never depends on reading order.
 */
public final class SourcePrecedence {

    private final Catalogue catalogue;
    private final SourceDirectory sources;

    public SourcePrecedence(Catalogue catalogue, SourceDirectory sources) {
        this.catalogue = catalogue;
        this.sources = sources;
    }

    /** Sources of one indicator, the headline first. */
    public Comparator<String> of(String indicator) {
        List<String> order = catalogue.indicator(indicator).map(Indicator::precedence).orElse(List.of());
        return Comparator.<String, Boolean>comparing(sources::illustrative)
                .thenComparingInt(source -> rank(order, source))
                .thenComparing(Comparator.naturalOrder());
    }

    /** Of two candidates for the same figure of an indicator, the one that headlines. */
    public <T> BinaryOperator<T> preferred(String indicator, Function<T, String> source) {
        Comparator<String> order = of(indicator);
        return (kept, other) -> order.compare(source.apply(other), source.apply(kept)) < 0 ? other : kept;
    }

    /** Whether the source's figures are illustrative samples: never graded comparable, never before a published one. */
    public boolean illustrative(String source) {
        return sources.illustrative(source);
    }

    private static int rank(List<String> order, String source) {
        int rank = order.indexOf(source);
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }
}
