package org.rives.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rives.api.CompareTables;
import org.rives.harmonise.Axis;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Indicator;
import org.rives.store.Database;
import org.rives.store.LoadLog;
import org.rives.store.LoadReport;
import org.rives.store.StoreException;
import org.springframework.stereotype.Component;

/**
 * The follow-up report for the committee, for the web ({@code /report}) and the command line alike:
 * built from the same comparable tables as the page, and from the vintages for what changed since a date.
 */
@Component
public class FollowUpReport {

    private final Catalogue catalogue;
    private final CompareTables compare;
    private final Database database;
    private final LoadLog log;

    FollowUpReport(Catalogue catalogue, CompareTables compare, Database database, LoadLog log) {
        this.catalogue = catalogue;
        this.compare = compare;
        this.database = database;
        this.log = log;
    }

    /** The report as a standalone HTML document; {@code withForm} adds the date and language choices of the web. */
    public String html(Instant since, String language, boolean withForm) {
        return new ReportHtml(WebText.of(language), withForm).render(build(since, language));
    }

    /**
     * A date (the start of that day, UTC, so that {@code 2025-06-01} includes the loads of that day) or an
     * instant; null when blank.
     */
    public static Instant since(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "since must be a date (2025-06-01) or an instant (2025-06-01T09:00:00Z)");
        }
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
                    CompareView table = table(indicator.code(), null, language);
                    if (!table.periods().isEmpty()) {
                        parts.add(part(table, since, language));
                    }
                } catch (IllegalArgumentException e) {
                    skipped.add(indicator.label(language) + ": " + e.getMessage());
                }
            }
            String label = axis.labels().getOrDefault(language, axis.labels().getOrDefault("en", axis.code()));
            axes.add(new Report.AxisPart(axis.code(), label, parts, skipped));
        }
        return new Report(language, Instant.now(), since, axes, since == null ? List.of() : loadsSince(since));
    }

    private CompareView table(String indicator, Instant asOf, String language) {
        Map<String, String> query = new HashMap<>(Map.of("indicator", indicator, "areas", Catalogue.FIVE_PLUS_FIVE,
                "freq", "A", "lang", language));
        if (asOf != null) {
            query.put("asOf", asOf.toString());
        }
        return CompareView.of(compare.compare(query));
    }

    private Report.IndicatorPart part(CompareView table, Instant since, String language) {
        List<Report.ShorePart> shores = new ArrayList<>();
        for (CompareView.Shore group : table.shores()) {
            shores.add(new Report.ShorePart(group.label(), group.lines().stream().map(row -> headline(table, row))
                    .toList()));
        }
        List<Report.Change> changes = since == null ? List.of()
                : ChangesSince.between(table(table.code(), since, language), table);
        return new Report.IndicatorPart(table, shores, changes);
    }

    private static Report.Headline headline(CompareView table, CompareView.Line row) {
        String latestPeriod = null;
        String previousPeriod = null;
        for (int i = table.periods().size() - 1; i >= 0 && previousPeriod == null; i--) {
            String period = table.periods().get(i);
            CompareView.Figure cell = row.cells().get(period);
            if (cell != null && cell.value() != null) {
                if (latestPeriod == null) {
                    latestPeriod = period;
                } else {
                    previousPeriod = period;
                }
            }
        }
        CompareView.Figure latest = latestPeriod == null ? null : row.cells().get(latestPeriod);
        CompareView.Figure previous = previousPeriod == null ? null : row.cells().get(previousPeriod);
        BigDecimal change = null;
        BigDecimal percent = null;
        if (latest != null && previous != null && latest.unit().equals(previous.unit())
                && latest.unitMult() == previous.unitMult()) {
            change = latest.value().subtract(previous.value());
            if (previous.value().signum() != 0) {
                percent = change.multiply(BigDecimal.valueOf(100))
                        .divide(previous.value().abs(), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
            }
        }
        return new Report.Headline(row.area(), row.label(), latestPeriod, latest, previousPeriod, previous, change,
                percent);
    }

    /** Loads that finished at or after the date, oldest first. */
    private List<LoadReport> loadsSince(Instant since) {
        try (Database.ReadConnection read = database.read()) {
            List<LoadReport> loads = new ArrayList<>(log.list(read.connection(), null, 10_000).stream()
                    .filter(l -> !l.startedAt().plusMillis(l.durationMs()).isBefore(since)).toList());
            java.util.Collections.reverse(loads);
            return loads;
        } catch (SQLException e) {
            throw new StoreException("cannot read loads: " + e.getMessage(), e);
        }
    }
}
