package org.rives.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    private final Comparator<Figure> headlineFirst;
    private final SourcePrecedence precedence;
    private final String language;
    private final BreakdownSums.Lookup sums;

    /** Cells of one indicator: {@code precedence} picks their headline and knows the illustrative sources. */
    CellBuilder(String indicator, IndicatorNotes notes, FigureTransform transform, SourcePrecedence precedence,
                String language) {
        this(indicator, notes, transform, precedence, language, BreakdownSums.Lookup.NONE);
    }

    /** As above; {@code sums} says which figures are totals computed from a publisher's parts. */
    CellBuilder(String indicator, IndicatorNotes notes, FigureTransform transform, SourcePrecedence precedence,
                String language, BreakdownSums.Lookup sums) {
        this.sums = sums;
        this.notes = notes;
        this.transform = transform;
        this.precedence = precedence;
        this.headlineFirst = Comparator.comparing(Figure::source, precedence.of(indicator));
        this.language = language;
    }

    Built build(String area, String period, List<Figure> figures) {
        List<Figure> sorted = new ArrayList<>(figures);
        sorted.sort(headlineFirst);
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
                spread(shown.value(), values), comparability(headline), shown.note(),
                sums.sum(area, period, headline.source()));
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
        if (precedence.illustrative(figure.source())) {
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
        return new CompareTable.Comparability(grade, reasons);
    }
}
