package org.rives.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.rives.compare.Concordance;
import org.rives.compare.Figure;
import org.rives.compare.Grade;
import org.rives.compare.IndicatorNotes;

/**
 * One cell of a comparable table from every source's figure for it: the catalogue's precedence picks
 * the headline, the others are listed with their values (shown the same way) and the spread between
 * them, and the cell is graded for comparability from its source's concordance and its own flags.
 */
final class CellBuilder {

    /** A cell with what a group total needs: the shown figure's numerator and denominator in units. */
    record Built(CompareTable.Cell cell, FigureTransform.Shown shown, boolean partial) {
    }

    private final IndicatorNotes notes;
    private final FigureTransform transform;
    private final Comparator<Figure> precedence;
    private final Predicate<String> illustrative;
    private final String language;

    /**
     * @param illustrative which sources hold illustrative sample figures: they never headline a cell that
     *                     a published figure fills, and are graded not comparable
     */
    CellBuilder(IndicatorNotes notes, FigureTransform transform, List<String> order, Predicate<String> illustrative,
                String language) {
        this.notes = notes;
        this.transform = transform;
        this.illustrative = illustrative;
        this.precedence = Comparator.<Figure, Boolean>comparing(f -> illustrative.test(f.source()))
                .thenComparingInt(f -> {
                    int rank = order.indexOf(f.source());
                    return rank < 0 ? Integer.MAX_VALUE : rank;
                }).thenComparing(Figure::source);
        this.language = language;
    }

    Built build(String area, String period, List<Figure> figures) {
        List<Figure> sorted = new ArrayList<>(figures);
        sorted.sort(precedence);
        Figure headline = sorted.get(0);
        FigureTransform.Shown shown = transform.show(area, period, headline);
        List<CompareTable.Alternative> alternatives = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        if (shown.value() != null) {
            values.add(shown.value());
        }
        for (Figure other : sorted.subList(1, sorted.size())) {
            FigureTransform.Shown alt = transform.show(area, period, other, shown.unitMult());
            alternatives.add(new CompareTable.Alternative(other.source(), alt.value(), alt.unit(), alt.unitMult(),
                    other.status(), alt.conversion(), other.coverage(), alt.note()));
            if (alt.value() != null && alt.unit().equals(shown.unit()) && alt.unitMult() == shown.unitMult()) {
                values.add(alt.value());
            }
        }
        CompareTable.Cell cell = new CompareTable.Cell(shown.value(), shown.unit(), shown.unitMult(),
                headline.status(), headline.flags(), headline.source(), headline.loadId(), alternatives,
                shown.conversion(), shown.denominator(), headline.coverage(), headline.partial(),
                spread(shown.value(), values), comparability(headline), shown.note());
        return new Built(cell, shown, headline.partial());
    }

    /** Min, max and their gap over the sources shown in the same unit; none when only one source speaks. */
    private static CompareTable.Spread spread(BigDecimal headline, List<BigDecimal> values) {
        if (values.size() < 2 || headline == null) {
            return null;
        }
        BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal gap = max.subtract(min);
        BigDecimal relative = headline.signum() == 0 ? null
                : gap.divide(headline.abs(), new MathContext(4)).stripTrailingZeros();
        return new CompareTable.Spread(min, max, gap, relative, values.size());
    }

    private CompareTable.Comparability comparability(Figure figure) {
        List<String> reasons = new ArrayList<>();
        Grade grade;
        Concordance concordance = notes.source(figure.source()).orElse(null);
        if (concordance == null) {
            grade = Grade.CAVEATS;
            reasons.add("no concordance recorded for " + figure.source());
        } else {
            grade = concordance.grade();
            if (concordance.caveat(language) != null) {
                reasons.add(concordance.caveat(language));
            }
        }
        if (illustrative.test(figure.source())) {
            grade = Grade.NOT_COMPARABLE;
            reasons.add("illustrative sample figure, not a published value");
        }
        if (figure.partial()) {
            grade = grade.worst(Grade.CAVEATS);
            reasons.add("partial year: " + figure.coverage().text());
        }
        String status = switch (figure.status() == null ? "A" : figure.status()) {
            case "E" -> "estimated value";
            case "P" -> "provisional value";
            case "B" -> "break in series";
            case "F" -> "forecast value";
            default -> null;
        };
        if (status != null) {
            grade = grade.worst(Grade.CAVEATS);
            reasons.add(status);
        }
        return new CompareTable.Comparability(grade.label(), reasons);
    }
}
