package org.rives.harmonise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.rives.connector.Cancellation;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ObservationSink;
import org.rives.connector.SeriesHandle;
import org.rives.connector.cell.CellConventions;
import org.rives.connector.cell.CellParser;
import org.rives.connector.cell.Excerpt;
import org.rives.connector.cell.PeriodParser;
import org.rives.connector.cell.PeriodParser.Period;

/**
 * Maps what a reader finds onto the catalogue, cell by cell: filters and exclusions, the value and
 * its flags (read with the conventions the reader announced), the period, every dimension's code.
 * What cannot be mapped is rejected with its line and column; what can is passed to the writer as
 * dictionary indexes. Series are told apart by the handles {@link SeriesKeys} hands out, never by the
 * identity of a reader's arrays.
 */
public final class Harmoniser implements ObservationSink {

    public static final String TOTAL = "_T";
    /** Distinct unmapped flags remembered for the report; a file uses a handful. */
    private static final int MAX_UNKNOWN_FLAGS = 50;
    /** Period labels remembered once parsed; a file has a few hundred. */
    private static final int MAX_CACHED = 10_000;

    private final ConnectorDefinition definition;
    private final ValidationReport report;
    private final ObservationWriter writer;
    private final SeriesKeys keys;
    private final NegativeFigures negatives;
    private final Map<String, Label> labels = new HashMap<>();
    private final Map<String, Integer> periodIndex = new HashMap<>();
    private final List<String> periods = new ArrayList<>();
    private final Set<String> unknownFlags = new TreeSet<>();
    private CellParser cells = new CellParser(CellConventions.DEFAULTS);

    public Harmoniser(ConnectorDefinition definition, Catalogue catalogue, ValidationReport report,
                      ObservationWriter writer) {
        this.definition = definition;
        this.report = report;
        this.writer = writer;
        this.keys = new SeriesKeys(definition, catalogue, report);
        this.negatives = new NegativeFigures(catalogue, report);
    }

    @Override
    public void columns(String[] names, int[] positions, CellConventions conventions) {
        keys.columns(List.of(names), positions);
        cells = new CellParser(conventions);
    }

    @Override
    public SeriesHandle series(String[] dimensions) {
        Cancellation.check();
        return keys.handle(dimensions);
    }

    @Override
    public void rowRead() {
        Cancellation.check();
        report.rowRead();
    }

    @Override
    public void filtered(long line, int column) {
        report.cellRead();
        report.filter();
    }

    @Override
    public void reject(long line, int column, String reason) {
        report.reject(line, column, reason);
    }

    @Override
    public void warn(String message) {
        report.warn(message);
    }

    @Override
    public void observation(SeriesHandle series, long line, int column, String periodLabel, String raw,
                            String flagCell) {
        report.cellRead();
        SeriesKeys.Key key = SeriesKeys.own(series);
        if (!key.kept) {
            report.filter();
            return;
        }
        if (key.excluded) {
            report.exclude();
            return;
        }
        CellParser.Cell cell = cells.parse(raw, flagCell);
        if (cell.error() != null) {
            report.reject(line, column, cell.error());
            return;
        }
        if (cell.missing()) {
            report.missing();
            return;
        }
        append(key, line, column, periodLabel, cell.value(), raw, status(cell.flags()), cell.flags());
    }

    /** A figure the file takes back: mapped like an observation, and staged as a withdrawal of it. */
    @Override
    public void withdrawn(SeriesHandle series, long line, int column, String periodLabel) {
        report.cellRead();
        SeriesKeys.Key key = SeriesKeys.own(series);
        if (!key.kept) {
            report.filter();
        } else if (key.excluded) {
            report.exclude();
        } else {
            append(key, line, column, periodLabel, 0, null, ObservationWriter.WITHDRAWN, null);
        }
    }

    /** Stages a figure, or a withdrawal ({@code raw} null: no figure to check). */
    private void append(SeriesKeys.Key key, long line, int column, String periodLabel, double value, String raw,
                        String status, String flags) {
        Label label = label(periodLabel);
        Period period = label.period;
        if (period == null) {
            report.reject(line, column, Excerpt.quoted(periodLabel.strip()) + " is not a year, quarter, month or day");
            return;
        }
        int seriesId = keys.seriesOf(key, period.freq(), line);
        if (seriesId < 0 || raw != null && !negatives.accept(keys.series().get(seriesId).indicator(), value, raw, line,
                column)) {
            return;
        }
        if (label.index < 0) {
            label.index = periodIndex.computeIfAbsent(period.code(), code -> {
                periods.add(code);
                return periods.size() - 1;
            });
        }
        writer.append(seriesId, label.index, value, status, flags, line, column);
        report.observation();
    }

    /**
     * A period label as the file writes it, parsed once (a null period when it is none), with the index of its
     * period in {@link #periods} once a figure used it: one lookup per cell.
     */
    private static final class Label {
        final Period period;
        int index = -1;

        Label(Period period) {
            this.period = period;
        }
    }

    private Label label(String text) {
        Label label = labels.get(text);
        if (label == null) {
            label = new Label(PeriodParser.parse(text));
            if (labels.size() < MAX_CACHED) { // a file of endless bad periods must not fill the heap
                labels.put(text, label);
            }
        }
        return label;
    }

    private String status(String flags) {
        if (flags == null) {
            return "A";
        }
        String whole = definition.flags().get(flags);
        if (whole != null) {
            return whole;
        }
        for (int i = 0; i < flags.length(); i++) {
            String mapped = definition.flags().get(flags.substring(i, i + 1));
            if (mapped != null) {
                return mapped;
            }
        }
        if (unknownFlags.size() < MAX_UNKNOWN_FLAGS) {
            unknownFlags.add(flags);
        }
        return "A";
    }

    /**
     * Adds what the statistician should fix in the connector (unmapped codes, unused mappings), the
     * figures below zero to look at, and, when the file gave no figure at all, a warning that says so.
     */
    public void finish() {
        keys.addMappingWarnings();
        unknownFlags.forEach(flag -> report.warn("flag " + Excerpt.quoted(flag)
                + " has no mapping to an observation status"));
        keys.addExclusionWarnings();
        negatives.addWarnings();
        if (report.observations() == 0) {
            report.warn(nothingRead());
        }
    }

    /**
     * A file that gives no figure loads nothing, and withdraws nothing either (a load withdraws only figures
     * of the series and periods it gives): the report says so rather than let an empty load pass unseen.
     */
    private String nothingRead() {
        String why = report.rowsRead() == 0 ? "the file has no data row (a header alone, or only title lines)"
                : "of " + report.rowsRead() + " data row(s), every cell was missing (" + report.missingCells()
                        + "), excluded (" + report.excluded() + "), filtered out (" + report.filtered()
                        + ") or rejected (" + report.rejectedCount() + ")";
        return "no figure was read: " + why + "; nothing is added, revised or withdrawn by this file";
    }

    public List<SeriesKey> series() {
        return keys.series();
    }

    public List<String> periods() {
        return periods;
    }
}
