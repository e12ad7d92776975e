package org.rives.harmonise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorDefinition.DimensionRule;
import org.rives.connector.ConnectorDefinition.IndicatorRule;
import org.rives.connector.CsvOptions;
import org.rives.connector.ObservationSink;
import org.rives.harmonise.PeriodParser.Period;

/**
 * Maps what a reader finds onto the catalogue, cell by cell: filters and exclusions, the value and
 * its flags, the period, every dimension's code. What cannot be mapped is rejected with its line and
 * column; what can is passed to the writer as dictionary indexes.
 */
public final class Harmoniser implements ObservationSink {

    public static final String TOTAL = "_T";
    private static final String ALL_PARTNERS = "TOTAL";
    private static final List<String> DIMENSIONS = List.of("ref_area", "counterpart_area", "sex", "age", "breakdown");
    private static final Period NOT_A_PERIOD = new Period("", "");

    private final ConnectorDefinition definition;
    private final Catalogue catalogue;
    private final ValidationReport report;
    private final ObservationWriter writer;
    private final CellParser cells;
    private final Map<String, Period> periodCache = new HashMap<>();
    private final Map<String, Integer> periodIndex = new HashMap<>();
    private final List<String> periods = new ArrayList<>();
    private final Map<SeriesKey, Integer> seriesIndex = new HashMap<>();
    private final List<SeriesKey> series = new ArrayList<>();
    private final Set<String> unknownFlags = new TreeSet<>();
    private final Set<String> matchedExclusions = new HashSet<>();

    private DimensionMapper indicator;
    private final List<DimensionMapper> mappers = new ArrayList<>();
    private int[] keepColumns = new int[0];
    private List<Set<String>> keepValues = List.of();
    private int[] excludeColumns = new int[0];
    private List<Set<String>> excludeValues = List.of();

    private String[] lastDimensions;
    private String lastFreq;
    private int lastSeries;
    // A wide row passes the same key array for every period: keep and exclude are decided once per array.
    private String[] keptFor;
    private boolean keptResult;
    private String[] excludedFor;
    private String excludedValue;

    public Harmoniser(ConnectorDefinition definition, Catalogue catalogue, ValidationReport report,
                      ObservationWriter writer) {
        this.definition = definition;
        this.catalogue = catalogue;
        this.report = report;
        this.writer = writer;
        this.cells = new CellParser(definition.csv() == null ? CsvOptions.DEFAULTS : definition.csv());
    }

    @Override
    public void columns(String[] names, int[] positions) {
        List<String> columns = List.of(names);
        DimensionRule indicatorRule = definition.dimensions().get("indicator");
        if (indicatorRule == null) {
            throw new MappingException("connector " + definition.id() + " does not say where the indicator comes from");
        }
        Map<String, String> indicatorCodes = new HashMap<>();
        definition.indicators().forEach((raw, rule) -> indicatorCodes.put(raw, raw));
        indicator = new DimensionMapper("indicator",
                new DimensionRule(indicatorRule.column(), indicatorRule.value(), null, indicatorCodes),
                columns, positions, catalogue);
        for (String dimension : DIMENSIONS) {
            DimensionRule rule = definition.dimensions().getOrDefault(dimension, new DimensionRule(null, TOTAL, null, null));
            mappers.add(new DimensionMapper(dimension, rule, columns, positions, catalogue));
        }
        keepColumns = columnIndexes(definition.keep(), columns, "keep");
        keepValues = definition.keep().values().stream().<Set<String>>map(HashSet::new).toList();
        excludeColumns = columnIndexes(definition.exclude(), columns, "exclude");
        excludeValues = definition.exclude().values().stream().<Set<String>>map(HashSet::new).toList();
    }

    private static int[] columnIndexes(Map<String, List<String>> rules, List<String> columns, String what) {
        return rules.keySet().stream().mapToInt(column -> {
            int index = columns.indexOf(column);
            if (index < 0) {
                throw new MappingException(what + " rule names column \"" + column
                        + "\", which the file's header does not have (columns: " + String.join(", ", columns) + ")");
            }
            return index;
        }).toArray();
    }

    @Override
    public void rowRead() {
        report.rowRead();
    }

    @Override
    public void reject(long line, int column, String reason) {
        report.reject(line, column, reason);
    }

    @Override
    public void observation(long line, int column, String[] dimensions, String periodLabel, String raw, String flagCell) {
        report.cellRead();
        if (!kept(dimensions) || excluded(dimensions)) {
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
        Period period = periodCache.computeIfAbsent(periodLabel, label -> {
            Period parsed = PeriodParser.parse(label);
            return parsed == null ? NOT_A_PERIOD : parsed;
        });
        if (period == NOT_A_PERIOD) {
            report.reject(line, column, "\"" + periodLabel.strip() + "\" is not a year, quarter or month");
            return;
        }
        int seriesId = seriesFor(dimensions, period.freq(), line);
        if (seriesId < 0) {
            return;
        }
        int periodId = periodIndex.computeIfAbsent(period.code(), code -> {
            periods.add(code);
            return periods.size() - 1;
        });
        writer.append(seriesId, periodId, cell.value(), status(cell.flags()), cell.flags(), line);
        report.observation();
    }

    private boolean kept(String[] dimensions) {
        if (dimensions != keptFor) {
            keptFor = dimensions;
            keptResult = true;
            for (int i = 0; i < keepColumns.length && keptResult; i++) {
                keptResult = keepValues.get(i).contains(dimensions[keepColumns[i]]);
            }
        }
        if (!keptResult) {
            report.filter();
        }
        return keptResult;
    }

    private boolean excluded(String[] dimensions) {
        if (dimensions != excludedFor) {
            excludedFor = dimensions;
            excludedValue = null;
            for (int i = 0; i < excludeColumns.length && excludedValue == null; i++) {
                String value = dimensions[excludeColumns[i]];
                if (excludeValues.get(i).contains(value)) {
                    excludedValue = value;
                    matchedExclusions.add(value);
                }
            }
        }
        if (excludedValue != null) {
            report.exclude();
            return true;
        }
        return false;
    }

    /** The series of this row, or -1 once the row is rejected (one rejection per row, not per cell). */
    private int seriesFor(String[] dimensions, String freq, long line) {
        if (dimensions == lastDimensions && freq.equals(lastFreq)) {
            return lastSeries;
        }
        // A long file gives each row its own array, mostly with the previous row's key: a mapped key
        // resolves to the same series again (a rejected one goes the long way, to be reported again).
        if (lastSeries >= 0 && freq.equals(lastFreq) && Arrays.equals(dimensions, lastDimensions)) {
            lastDimensions = dimensions;
            return lastSeries;
        }
        lastDimensions = dimensions;
        lastFreq = freq;
        lastSeries = -1;
        String indicatorRaw = indicator.raw(dimensions);
        if (indicator.resolve(dimensions, line) == null) {
            report.reject(line, indicator.position, indicator.reason(indicatorRaw));
            return -1;
        }
        IndicatorRule rule = definition.indicators().get(indicatorRaw);
        String[] codes = new String[mappers.size()];
        for (int i = 0; i < codes.length; i++) {
            DimensionMapper mapper = mappers.get(i);
            codes[i] = mapper.resolve(dimensions, line);
            if (codes[i] == null) {
                report.reject(line, mapper.position, mapper.reason(mapper.raw(dimensions)));
                return -1;
            }
        }
        if (ALL_PARTNERS.equals(codes[1])) {
            codes[1] = TOTAL; // one rule for "all partners": publishers write TOTAL, the model writes _T
        }
        SeriesKey key = new SeriesKey(definition.id(), rule.code(), codes[0], codes[1], codes[2], codes[3], codes[4],
                freq, rule.unit(), rule.unitMultOrZero());
        lastSeries = seriesIndex.computeIfAbsent(key, k -> {
            series.add(k);
            return series.size() - 1;
        });
        return lastSeries;
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
        unknownFlags.add(flags);
        return "A";
    }

    /** Adds what the statistician should fix in the connector: unmapped codes, unused mappings. */
    public void finish() {
        indicator.addWarnings(report);
        mappers.forEach(mapper -> mapper.addWarnings(report));
        unknownFlags.forEach(flag -> report.warn("flag \"" + flag + "\" has no mapping to an observation status"));
        definition.exclude().forEach((column, values) -> {
            List<String> unmatched = values.stream().filter(v -> !matchedExclusions.contains(v)).toList();
            if (!unmatched.isEmpty()) {
                report.warn(unmatched.size() + " exclusion(s) of column \"" + column + "\" matched no row: "
                        + String.join(", ", unmatched));
            }
        });
    }

    public List<SeriesKey> series() {
        return series;
    }

    public List<String> periods() {
        return periods;
    }
}
