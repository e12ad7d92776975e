package org.rives.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.rives.compare.CompareTable;

/**
 * What changed between two readings of one comparable table (as it stood at a date, and now): figures
 * added, revised (another value or another source) or withdrawn. Both readings come from the vintages.
 */
final class ChangesSince {

    private ChangesSince() {
    }

    /** The changes, newest period first, then in the table's order of countries. */
    static List<Report.Change> between(CompareTable before, CompareTable now) {
        Map<String, CompareTable.Row> old = rows(before);
        Map<String, CompareTable.Row> current = rows(now);
        TreeSet<String> periods = new TreeSet<>(Comparator.reverseOrder());
        periods.addAll(before.periods());
        periods.addAll(now.periods());
        List<Report.Change> changes = new ArrayList<>();
        for (String period : periods) {
            for (Map.Entry<String, CompareTable.Row> entry : current.entrySet()) {
                CompareTable.Row row = entry.getValue();
                CompareTable.Cell was = cell(old.get(entry.getKey()), period);
                CompareTable.Cell is = cell(row, period);
                if (differs(was, is)) {
                    changes.add(new Report.Change(row.area(), row.label(), period, was, is));
                }
            }
        }
        return changes;
    }

    private static Map<String, CompareTable.Row> rows(CompareTable table) {
        Map<String, CompareTable.Row> rows = new LinkedHashMap<>();
        table.groups().forEach(group -> group.rows().forEach(row -> rows.put(row.area(), row)));
        return rows;
    }

    private static CompareTable.Cell cell(CompareTable.Row row, String period) {
        return row == null ? null : row.cells().get(period);
    }

    private static boolean differs(CompareTable.Cell was, CompareTable.Cell is) {
        if (was == null || is == null) {
            return was != is;
        }
        return !Cells.plain(was.value()).equals(Cells.plain(is.value()))
                || !Objects.equals(was.source(), is.source())
                || !Objects.equals(was.status(), is.status()) || was.unitMult() != is.unitMult();
    }
}
