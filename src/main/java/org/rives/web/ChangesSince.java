package org.rives.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;


/**
 * What changed between two readings of one comparable table (as it stood at a date, and now): figures
 * added, revised (another value or another source) or withdrawn. Both readings come from the vintages.
 */
final class ChangesSince {

    private ChangesSince() {
    }

    /** The changes, newest period first, then in the table's order of countries. */
    static List<Report.Change> between(CompareView before, CompareView now) {
        Map<String, CompareView.Line> old = rows(before);
        Map<String, CompareView.Line> current = rows(now);
        TreeSet<String> periods = new TreeSet<>(Comparator.reverseOrder());
        periods.addAll(before.periods());
        periods.addAll(now.periods());
        List<Report.Change> changes = new ArrayList<>();
        for (String period : periods) {
            for (Map.Entry<String, CompareView.Line> entry : current.entrySet()) {
                CompareView.Line row = entry.getValue();
                CompareView.Figure was = cell(old.get(entry.getKey()), period);
                CompareView.Figure is = cell(row, period);
                if (differs(was, is)) {
                    changes.add(new Report.Change(row.area(), row.label(), period, was, is));
                }
            }
        }
        return changes;
    }

    private static Map<String, CompareView.Line> rows(CompareView table) {
        Map<String, CompareView.Line> rows = new LinkedHashMap<>();
        table.shores().forEach(group -> group.lines().forEach(row -> rows.put(row.area(), row)));
        return rows;
    }

    private static CompareView.Figure cell(CompareView.Line row, String period) {
        return row == null ? null : row.cells().get(period);
    }

    private static boolean differs(CompareView.Figure was, CompareView.Figure is) {
        if (was == null || is == null) {
            return was != is;
        }
        return !CompareView.plain(was.value()).equals(CompareView.plain(is.value()))
                || !Objects.equals(was.source(), is.source())
                || !Objects.equals(was.status(), is.status()) || was.unitMult() != is.unitMult();
    }
}
