package org.rives.compare;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A bilateral flow as each side reports it. {@code reporter} is the indicator and area whose report is
 * read towards the partner; {@code partner} the mirror indicator as the partner reports it towards
 * the reporter. Cells are those of /api/compare (precedence, alternatives, conversion, comparability).
 */
public record MirrorTable(Side reporter, Side partner, Frequency freq, String currency, Instant asOf, List<Pair> periods,
                   List<String> notes) {

    public record Side(String indicator, String indicatorLabel, String area, String areaLabel) {
    }

    /** {@code ratio}: reporter's figure / partner's figure, null when either is missing or units differ. */
    public record Pair(String period, CompareTable.Cell reporter, CompareTable.Cell partner, BigDecimal ratio) {
    }
}
