package org.rives.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rives.harmonise.Area;

/**
 * A group's figure for one period (a shore, the 5+5) summed over the countries that have one, always
 * with its coverage: how many of the group's countries it stands on and which are missing or partial.
 * A ratio is recomputed from summed numerators and denominators, never by adding ratios; a part-year
 * (months or quarters of an incomplete year) is named and left out of the sum.
 */
final class Subtotals {

    private Subtotals() {
    }

    static CompareTable.Subtotal of(List<Area> members, Map<String, CellBuilder.Built> cells, IndicatorNotes notes,
                                    String language) {
        List<String> missing = new ArrayList<>();
        List<String> missingNames = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        List<String> partialNames = new ArrayList<>();
        List<FigureTransform.Shown> present = new ArrayList<>();
        for (Area member : members) {
            CellBuilder.Built built = cells.get(member.code());
            if (built == null || built.shown().value() == null) {
                missing.add(member.code());
                missingNames.add(member.name(language));
                continue;
            }
            if (built.partial()) {
                // A part-year is never added to complete years: named, not summed.
                partial.add(member.code());
                partialNames.add(member.name(language) + " part-year (" + built.cell().coverage().text()
                        + "), not summed");
                continue;
            }
            present.add(built.shown());
        }
        String coverage = present.size() + " of " + members.size() + " countries"
                + (missingNames.isEmpty() ? "" : "; " + String.join(", ", missingNames) + " missing")
                + (partialNames.isEmpty() ? "" : "; " + String.join(", ", partialNames));
        if (present.isEmpty()) {
            return new CompareTable.Subtotal(null, null, 0, coverage, 0, members.size(), missing, partial,
                    "no country of the group has a figure");
        }
        Set<String> units = new LinkedHashSet<>();
        present.forEach(s -> units.add(s.unit()));
        String note = null;
        if (!notes.summableOverAreas()) {
            note = "rates are not summed over countries";
        } else if (units.size() > 1) {
            note = "the countries' figures are in different units (" + String.join(", ", units)
                    + "); ask for currency=USD or currency=EUR to total them";
        }
        if (note != null) {
            return new CompareTable.Subtotal(null, null, 0, coverage, present.size(), members.size(), missing,
                    partial, note);
        }
        return new CompareTable.Subtotal(FigureTransform.scaled(total(present), mult(present)),
                present.get(0).unit(), mult(present), coverage, present.size(), members.size(), missing, partial,
                present.size() < members.size() ? "sum over " + present.size() + " of " + members.size()
                        + " countries only" : null);
    }

    private static double total(List<FigureTransform.Shown> present) {
        double numerator = 0;
        double denominator = 0;
        for (FigureTransform.Shown shown : present) {
            numerator += shown.numerator();
            denominator += shown.denominatorUnits();
        }
        boolean ratio = present.get(0).denominator() != null;
        return ratio ? numerator / denominator : numerator;
    }

    /** The members' common power of ten, else units. */
    private static int mult(List<FigureTransform.Shown> present) {
        int first = present.get(0).unitMult();
        return present.stream().allMatch(s -> s.unitMult() == first) ? first : 0;
    }
}
