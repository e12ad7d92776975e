package org.rives.web;

import java.math.BigDecimal;
import java.util.List;

import org.rives.compare.CompareTable;

/** What the Excel export and the report say about a cell of a comparable table beyond its value. */
final class Cells {

    private Cells() {
    }

    static boolean hasValue(CompareTable.Cell cell) {
        return cell != null && cell.value() != null;
    }

    /** The other sources' figures, as "source value unit" (no value when it could not be given). */
    static List<String> alternatives(CompareTable.Cell cell) {
        return cell.alternatives().stream().map(a -> a.source() + " " + plain(a.value()) + " " + a.unit()).toList();
    }

    /** A cell in the unit and power of ten most figures of the table are in (the first such); null when none has a value. */
    static CompareTable.Cell usual(CompareTable table) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        List<CompareTable.Cell> cells = table.groups().stream().flatMap(g -> g.rows().stream())
                .flatMap(r -> r.cells().values().stream()).filter(Cells::hasValue).toList();
        cells.forEach(c -> counts.merge(c.unit() + '|' + c.unitMult(), 1L, Long::sum));
        return cells.stream().max(java.util.Comparator.comparingLong(c -> counts.get(c.unit() + '|' + c.unitMult())))
                .orElse(null);
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
