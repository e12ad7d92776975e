package org.rives.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.rives.compare.CompareEngine;
import org.rives.compare.CompareRequest;
import org.rives.compare.CompareTable;
import org.rives.error.ErrorCategory;
import org.rives.error.RivesException;
import org.rives.harmonise.Axis;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Indicator;
import org.rives.store.LoadHistory;
import org.rives.store.LoadReport;
import org.springframework.stereotype.Component;

/**
 * The follow-up report for the committee, for the web ({@code /report}) and the command line alike:
 * built from the same comparable tables as the page, and from the vintages for what changed since a date.
 */
@Component
public class FollowUpReport {

    private final Catalogue catalogue;
    private final CompareEngine compare;
    private final LoadHistory loads;

    FollowUpReport(Catalogue catalogue, CompareEngine compare, LoadHistory loads) {
        this.catalogue = catalogue;
        this.compare = compare;
        this.loads = loads;
    }

    /** The report as a standalone HTML document; {@code withForm} adds the date and language choices of the web. */
    public String html(Instant since, String language, boolean withForm) {
        return new ReportHtml(WebText.of(language), withForm).render(build(since, language));
    }

    Report build(Instant since, String language) {
        List<Report.AxisPart> axes = new ArrayList<>();
        for (Axis axis : catalogue.axes()) {
            List<Report.IndicatorPart> parts = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (Indicator indicator : catalogue.indicators()) {
                if (!indicator.axis().equals(axis.code())) {
                    continue;
                }
                try {
                    CompareTable table = compare.compare(request(indicator.code(), language));
                    if (!table.periods().isEmpty()) {
                        parts.add(part(table, since, language));
                    }
                } catch (RivesException e) {
                    if (e.code().category() != ErrorCategory.CALLER) {
                        throw e;
                    }
                    // an indicator the report cannot show as one table (broken down by partner): said, not hidden
                    skipped.add(indicator.label(language) + ": " + e.getMessage());
                }
            }
            String label = axis.labels().getOrDefault(language, axis.labels().getOrDefault("en", axis.code()));
            axes.add(new Report.AxisPart(axis.code(), label, parts, skipped));
        }
        return new Report(language, Instant.now(), since, axes, since == null ? List.of() : loadsSince(since));
    }

    /** The indicator's own areas (the ten countries, else its routes), annual, every period: the page's first view. */
    private static CompareRequest request(String indicator, String language) {
        return CompareRequest.annual(indicator, List.of(), language);
    }

    private Report.IndicatorPart part(CompareTable table, Instant since, String language) {
        List<Report.ShorePart> shores = new ArrayList<>();
        for (CompareTable.Group group : table.groups()) {
            shores.add(new Report.ShorePart(group.label(), group.rows().stream().map(row -> headline(table, row))
                    .toList()));
        }
        List<Report.Change> changes = since == null ? List.of() : ChangesSince.between(
                compare.compare(request(table.indicator().code(), language).asOf(since)), table);
        return new Report.IndicatorPart(table, shores, changes);
    }

    /**
     * A country's latest figure and the change from the one before it, computed only within one source: the
     * previous figure is the latest earlier one from the same source; where there is none, the figure before
     * it from another source is shown beside it, the change not computed and the break named.
     */
    static Report.Headline headline(CompareTable table, CompareTable.Row row) {
        List<String> periods = new ArrayList<>();
        for (String period : table.periods()) {
            CompareTable.Cell cell = row.cells().get(period);
            if (cell != null && cell.value() != null) {
                periods.add(period);
            }
        }
        if (periods.isEmpty()) {
            return new Report.Headline(row.area(), row.label(), null, null, null, null, null, null, null);
        }
        String latestPeriod = periods.remove(periods.size() - 1);
        CompareTable.Cell latest = row.cells().get(latestPeriod);
        Collections.reverse(periods);
        String previousPeriod = periods.stream()
                .filter(p -> row.cells().get(p).source().equals(latest.source())).findFirst()
                .orElse(periods.isEmpty() ? null : periods.get(0));
        CompareTable.Cell previous = previousPeriod == null ? null : row.cells().get(previousPeriod);
        if (previous != null && !previous.source().equals(latest.source())) {
            return new Report.Headline(row.area(), row.label(), latestPeriod, latest, previousPeriod, previous, null,
                    null, new Report.Break(previous.source(), latest.source()));
        }
        BigDecimal change = null;
        BigDecimal percent = null;
        if (previous != null && latest.unit().equals(previous.unit())) {
            change = latest.value().subtract(previous.value().scaleByPowerOfTen(previous.unitMult()
                    - latest.unitMult()));
            if (previous.value().signum() != 0) {
                percent = change.multiply(BigDecimal.valueOf(100)).divide(previous.value().abs()
                        .scaleByPowerOfTen(previous.unitMult() - latest.unitMult()), MathContext.DECIMAL64)
                        .setScale(1, RoundingMode.HALF_UP);
            }
        }
        return new Report.Headline(row.area(), row.label(), latestPeriod, latest, previousPeriod, previous, change,
                percent, null);
    }

    /** Loads that finished at or after the date, oldest first. */
    private List<LoadReport> loadsSince(Instant since) {
        List<LoadReport> recent = new ArrayList<>(loads.recent(null, 10_000).stream()
                .filter(l -> !l.startedAt().plusMillis(l.durationMs()).isBefore(since)).toList());
        Collections.reverse(recent);
        return recent;
    }
}
