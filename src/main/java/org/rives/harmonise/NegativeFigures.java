package org.rives.harmonise;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.rives.connector.cell.Excerpt;
import org.rives.harmonise.Indicator.Negatives;

/**
 * Figures below zero, judged by what their indicator measures ({@code negative:} in the catalogue): a
 * net migration may be negative, a count of persons may not (the figure is rejected where it is), and
 * where a negative is more often a slip than not it is loaded and counted, the report saying how many
 * and where the first one is.
 */
final class NegativeFigures {

    private final Catalogue catalogue;
    private final ValidationReport report;
    private final Map<String, Negatives> policies = new HashMap<>();
    /** Indicator code to {count, line and column of the first}. */
    private final Map<String, long[]> warned = new TreeMap<>();

    NegativeFigures(Catalogue catalogue, ValidationReport report) {
        this.catalogue = catalogue;
        this.report = report;
    }

    /** Whether a figure may be loaded; a refused one is rejected here. */
    boolean accept(String indicator, double value, String raw, long line, int column) {
        if (!(value < 0)) {
            return true;
        }
        Negatives policy = policies.computeIfAbsent(indicator,
                code -> catalogue.indicator(code).map(Indicator::negative).orElse(Negatives.WARNED));
        switch (policy) {
            case ALLOWED -> {
                return true;
            }
            case REFUSED -> {
                report.reject(line, column, Excerpt.quoted(raw.strip()) + " is below zero, which a figure of "
                        + describe(indicator) + " never is (catalogue: negative: refused)");
                return false;
            }
            default -> {
                long[] seen = warned.computeIfAbsent(indicator, code -> new long[] {0, line, column});
                seen[0]++;
                return true;
            }
        }
    }

    /** One warning per indicator that had negatives to look at. */
    void addWarnings() {
        warned.forEach((indicator, seen) -> report.warn(seen[0] + " figure(s) of " + describe(indicator)
                + " below zero, first at line " + seen[1] + ", column " + seen[2] + ": loaded, but such a figure "
                + "is usually a slip; check them (catalogue: negative: warned)"));
    }

    private String describe(String indicator) {
        return catalogue.indicator(indicator).map(i -> indicator + " (" + i.label("en") + ")").orElse(indicator);
    }
}
