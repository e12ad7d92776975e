package org.rives.connector.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.rives.connector.ConnectorDefinition;

/**
 * The header cells of a wide table that are neither a period nor a column the connector reads: each is
 * listed in the report as ignored, so a column never vanishes silently ({@code 2022 (p)} under a
 * {@code periodHeader} of bare years). Cells the connector lists in {@code ignoreColumns} are left unused on
 * purpose and not listed; names in that list that the header lacks are reported too.
 */
final class UnmatchedColumns {

    /** Names listed one by one before the rest is only counted, so a 100,000-column header gives one line. */
    static final int LISTED = 10;

    private UnmatchedColumns() {
    }

    /** The connector's own column names: those its rules read and those it ignores on purpose. */
    static Set<String> named(ConnectorDefinition definition, TableLayout layout) {
        Set<String> named = new HashSet<>(layout.ignoreColumns());
        definition.dimensions().values().forEach(rule -> {
            if (rule.column() != null) {
                named.add(rule.column());
            }
        });
        named.addAll(definition.keep().keySet());
        named.addAll(definition.exclude().keySet());
        if (layout.monthColumn() != null) {
            named.add(layout.monthColumn());
        }
        return named;
    }

    /** The warnings for this header: empty when every cell is accounted for. */
    static List<String> warnings(TableHeader header, Set<String> named, TableLayout layout) {
        List<String> listed = new ArrayList<>();
        int unmatched = 0;
        Set<String> present = new HashSet<>();
        int packed = header.packedNames().length;
        for (int i = 0; i < header.dimensionColumns().length; i++) {
            String name = header.dimensionNames()[packed + i];
            present.add(name);
            if (!named.contains(name) && unmatched++ < LISTED) {
                listed.add("\"" + name + "\" (column " + (header.dimensionColumns()[i] + 1) + ")");
            }
        }
        List<String> warnings = new ArrayList<>();
        if (unmatched > 0) {
            warnings.add(ignored(listed, unmatched));
        }
        List<String> absent = layout.ignoreColumns().stream().filter(name -> !present.contains(name)).toList();
        if (!absent.isEmpty()) {
            warnings.add("ignoreColumns names " + String.join(", ", absent.stream().map(n -> "\"" + n + "\"").toList())
                    + ", which the header does not have");
        }
        return warnings;
    }

    private static String ignored(List<String> listed, int unmatched) {
        if (unmatched == 1) {
            return "column " + listed.get(0) + " matched no period and no rule of the connector, and was ignored";
        }
        String more = unmatched > LISTED ? " and " + (unmatched - LISTED) + " more" : "";
        return unmatched + " columns matched no period and no rule of the connector, and were ignored: "
                + String.join(", ", listed) + more;
    }
}
