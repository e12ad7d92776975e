package org.rives.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.rives.compare.CompareTable;
import org.rives.store.LoadReport;

/**
 * What the follow-up report says: per roadmap axis, the indicators with figures, each with the latest
 * value of the ten countries, the change since the previous period and what changed since a date.
 *
 * @param since null when no date was chosen
 */
record Report(String language, Instant generated, Instant since, List<AxisPart> axes, List<LoadReport> loads) {

    /** @param skipped indicators of the axis that could not be shown, with the reason */
    record AxisPart(String code, String label, List<IndicatorPart> indicators, List<String> skipped) {
    }

    record IndicatorPart(CompareTable table, List<ShorePart> shores, List<Change> changes) {
    }

    record ShorePart(String label, List<Headline> headlines) {
    }

    /**
     * One country's latest figure and the one before it.
     *
     * @param change        latest minus previous, when both are in the same unit; else null
     * @param changePercent the change as a percentage of the previous value, when that is not zero
     * @param sourceBreak   set when the two figures come from different sources: the change is then not computed
     */
    record Headline(String area, String label, String latestPeriod, CompareTable.Cell latest, String previousPeriod,
                    CompareTable.Cell previous, BigDecimal change, BigDecimal changePercent, Break sourceBreak) {
    }

    /** A change of source between two figures of one series: not a change in what is measured. */
    record Break(String from, String to) {
    }

    /** A figure that a load after the chosen date added, revised or withdrawn (after is null when withdrawn). */
    record Change(String area, String label, String period, CompareTable.Cell before, CompareTable.Cell after) {
    }
}
