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

    static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
