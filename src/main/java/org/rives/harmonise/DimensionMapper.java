package org.rives.harmonise;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rives.connector.ConnectorDefinition.DimensionRule;
import org.rives.connector.cell.Excerpt;

/**
 * Fills one harmonised dimension from a raw column: through the connector's code map first, then
 * (for areas) through the catalogue's spellings. Remembers every raw code it has seen, so each is
 * resolved once, and what it could not map, so the report can say what to fix.
 */
final class DimensionMapper {

    private static final String UNKNOWN = "\u0000unknown";
    /** Raw codes remembered once resolved; a file has a few thousand at most. */
    private static final int MAX_CACHED = 10_000;
    /** Unknown codes reported one by one; beyond, they are counted. */
    private static final int MAX_UNKNOWN = 100;

    final String target;
    final String column;
    final int index;
    final int position;
    private final String constant;
    private final Map<String, String> map;
    private final boolean areas;
    private final Catalogue catalogue;
    private final Map<String, String> cache = new HashMap<>();
    private final Set<String> usedKeys = new HashSet<>();
    private final Map<String, long[]> unknown = new LinkedHashMap<>();
    private long[] otherUnknown = {0, 0};

    DimensionMapper(String target, DimensionRule rule, List<String> columns, int[] positions, Catalogue catalogue) {
        this.target = target;
        this.column = rule.column();
        this.map = rule.map();
        this.areas = "area".equals(rule.codelist());
        this.catalogue = catalogue;
        if (rule.column() != null) {
            this.index = columns.indexOf(rule.column());
            if (index < 0) {
                throw new MappingException("dimension " + target + " reads column \"" + rule.column()
                        + "\", which the file's header does not have (columns: " + String.join(", ", columns) + ")");
            }
            this.position = positions[index];
            this.constant = null;
        } else {
            this.index = -1;
            this.position = 0;
            this.constant = rule.value();
        }
    }

    /** The catalogue code for this row's raw value, or null when it cannot be mapped. */
    String resolve(String[] dimensions, long line) {
        String raw = index < 0 ? constant : dimensions[index];
        String code = cache.get(raw);
        if (code == null) {
            code = lookup(raw);
            if (cache.size() < MAX_CACHED) {
                cache.put(raw, code);
            }
        }
        if (code == UNKNOWN) {
            long[] seen = unknown.get(raw);
            if (seen == null && unknown.size() < MAX_UNKNOWN) {
                seen = new long[] {0, line};
                unknown.put(raw, seen);
            }
            if (seen == null) {
                otherUnknown = new long[] {otherUnknown[0] + 1, otherUnknown[0] == 0 ? line : otherUnknown[1]};
            } else {
                seen[0]++;
            }
            return null;
        }
        return code;
    }

    String raw(String[] dimensions) {
        return index < 0 ? constant : dimensions[index];
    }

    private String lookup(String raw) {
        String mapped = map.get(raw);
        if (mapped != null) {
            usedKeys.add(raw);
        } else if (!map.isEmpty() && !areas) {
            return UNKNOWN;
        } else {
            mapped = raw;
        }
        if (areas) {
            return catalogue.resolveArea(mapped).orElse(UNKNOWN);
        }
        return mapped;
    }

    String reason(String raw) {
        String where = column == null ? "the connector's constant" : "column \"" + column + "\"";
        return areas ? "unknown area code " + Excerpt.quoted(raw) + " in " + where
                : "code " + Excerpt.quoted(raw) + " in " + where + " has no mapping for " + target;
    }

    void addWarnings(ValidationReport report) {
        unknown.forEach((raw, seen) -> report.warn(reason(raw) + ": " + seen[0] + " row(s), first at line "
                + seen[1]));
        if (otherUnknown[0] > 0) {
            report.warn(otherUnknown[0] + " row(s) with other unknown codes in " + (column == null
                    ? "the connector's constant" : "column \"" + column + "\"") + ", first at line " + otherUnknown[1]);
        }
        List<String> unused = map.keySet().stream().filter(key -> !usedKeys.contains(key)).sorted().toList();
        if (!unused.isEmpty()) {
            report.warn(unused.size() + " " + target + " mapping(s) not used by this file: " + String.join(", ", unused));
        }
    }
}
