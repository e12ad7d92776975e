package org.rives.harmonise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorDefinition.DimensionRule;
import org.rives.connector.ConnectorDefinition.IndicatorRule;
import org.rives.connector.SeriesHandle;

/**
 * The series of one file: hands out a handle per raw key (with its own copy of the key, so a reader
 * may reuse its array), decides once per handle whether the keep and exclude rules let it through, and
 * maps it onto a catalogue series once per frequency. Consecutive cells of one key (a wide row, a run
 * of periods in a long file) share one handle and so one decision.
 */
final class SeriesKeys {

    private static final List<String> DIMENSIONS = List.of("ref_area", "counterpart_area", "sex", "age", "breakdown");
    private static final String ALL_PARTNERS = "TOTAL";
    private static final int UNRESOLVED = -2;
    private static final int REJECTED = -1;

    /** A raw key with what was decided about it. */
    static final class Key implements SeriesHandle {
        final String[] raw;
        final boolean kept;
        final boolean excluded;
        /** Catalogue series by frequency (A, Q, M, D): an index, UNRESOLVED, or REJECTED. */
        private final int[] series = {UNRESOLVED, UNRESOLVED, UNRESOLVED, UNRESOLVED};
        private boolean rejected;

        Key(String[] raw, boolean kept, boolean excluded) {
            this.raw = raw;
            this.kept = kept;
            this.excluded = excluded;
        }
    }

    private final ConnectorDefinition definition;
    private final Catalogue catalogue;
    private final ValidationReport report;
    private final Map<SeriesKey, Integer> seriesIndex = new HashMap<>();
    private final List<SeriesKey> series = new ArrayList<>();
    private final Set<String> matchedExclusions = new HashSet<>();
    private final List<DimensionMapper> mappers = new ArrayList<>();
    private DimensionMapper indicator;
    private int[] keepColumns = new int[0];
    private List<Set<String>> keepValues = List.of();
    private int[] excludeColumns = new int[0];
    private List<Set<String>> excludeValues = List.of();
    private Key last;

    SeriesKeys(ConnectorDefinition definition, Catalogue catalogue, ValidationReport report) {
        this.definition = definition;
        this.catalogue = catalogue;
        this.report = report;
    }

    /** Sets up the mappers and rules for the file's columns. */
    void columns(List<String> columns, int[] positions) {
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
            DimensionRule rule = definition.dimensions().getOrDefault(dimension,
                    new DimensionRule(null, Harmoniser.TOTAL, null, null));
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

    /**
     * The handle for a raw key. A long file gives each row its key, mostly the previous row's: an equal key
     * gets the same handle again, unless it was rejected (then it goes the long way, to be reported again).
     */
    Key handle(String[] dimensions) {
        if (last != null && !last.rejected && Arrays.equals(last.raw, dimensions)) {
            return last;
        }
        String[] raw = dimensions.clone();
        boolean kept = kept(raw);
        last = new Key(raw, kept, kept && excluded(raw));
        return last;
    }

    /** The handle as this file's key, refusing one another sink handed out. */
    static Key own(SeriesHandle handle) {
        if (handle instanceof Key key) {
            return key;
        }
        throw new IllegalArgumentException("a series handle that this load did not hand out: " + handle);
    }

    private boolean kept(String[] raw) {
        for (int i = 0; i < keepColumns.length; i++) {
            if (!keepValues.get(i).contains(raw[keepColumns[i]])) {
                return false;
            }
        }
        return true;
    }

    private boolean excluded(String[] raw) {
        for (int i = 0; i < excludeColumns.length; i++) {
            String value = raw[excludeColumns[i]];
            if (excludeValues.get(i).contains(value)) {
                matchedExclusions.add(value);
                return true;
            }
        }
        return false;
    }

    /** The catalogue series of a key at a frequency, or -1 once it is rejected (reported once per key). */
    int seriesOf(Key key, String freq, long line) {
        int slot = switch (freq.charAt(0)) {
            case 'A' -> 0;
            case 'Q' -> 1;
            case 'M' -> 2;
            case 'D' -> 3;
            default -> throw new IllegalArgumentException("no frequency " + freq);
        };
        if (key.series[slot] == UNRESOLVED) {
            key.series[slot] = resolve(key.raw, freq, line);
            key.rejected |= key.series[slot] == REJECTED;
        }
        return key.series[slot];
    }

    private int resolve(String[] raw, String freq, long line) {
        String indicatorRaw = indicator.raw(raw);
        if (indicator.resolve(raw, line) == null) {
            report.reject(line, indicator.position, indicator.reason(indicatorRaw));
            return REJECTED;
        }
        IndicatorRule rule = definition.indicators().get(indicatorRaw);
        String[] codes = new String[mappers.size()];
        for (int i = 0; i < codes.length; i++) {
            DimensionMapper mapper = mappers.get(i);
            codes[i] = mapper.resolve(raw, line);
            if (codes[i] == null) {
                report.reject(line, mapper.position, mapper.reason(mapper.raw(raw)));
                return REJECTED;
            }
        }
        if (ALL_PARTNERS.equals(codes[1])) {
            codes[1] = Harmoniser.TOTAL; // one rule for "all partners": publishers write TOTAL, the model writes _T
        }
        SeriesKey key = new SeriesKey(definition.id(), rule.code(), codes[0], codes[1], codes[2], codes[3], codes[4],
                freq, rule.unit(), rule.unitMultOrZero());
        return seriesIndex.computeIfAbsent(key, k -> {
            series.add(k);
            return series.size() - 1;
        });
    }

    /** Adds what the statistician should fix in the mappings: unmapped codes, unused mappings. */
    void addMappingWarnings() {
        indicator.addWarnings(report);
        mappers.forEach(mapper -> mapper.addWarnings(report));
    }

    /** Adds the exclusions that matched no row. */
    void addExclusionWarnings() {
        definition.exclude().forEach((column, values) -> {
            List<String> unmatched = values.stream().filter(v -> !matchedExclusions.contains(v)).toList();
            if (!unmatched.isEmpty()) {
                report.warn(unmatched.size() + " exclusion(s) of column \"" + column + "\" matched no row: "
                        + String.join(", ", unmatched));
            }
        });
    }

    List<SeriesKey> series() {
        return series;
    }
}
