package org.rives.web;

import static org.rives.web.ReportFormat.esc;

import java.util.Set;
import java.util.TreeSet;

import org.rives.compare.CompareTable;
import org.rives.compare.Withheld;

/** What the report leaves out (illustrative samples, part-years), said in the report so nothing is hidden. */
final class WithheldHtml {

    private WithheldHtml() {
    }

    /** While the server holds illustrative samples, a banner that the report leaves them out, and which; else nothing. */
    static String banner(Report report, WebText text) {
        Set<String> sources = new TreeSet<>();
        report.axes().forEach(axis -> axis.indicators().forEach(part -> {
            if (part.table().withheld() != null) {
                sources.addAll(part.table().withheld().illustrative());
            }
        }));
        return sources.isEmpty() ? "" : "<p class=\"banner\" role=\"note\">"
                + esc(text.format("report.illustrativeLeftOut", String.join(", ", sources))) + "</p>\n";
    }

    /** Years of the table that only part of their months cover, with their months; else nothing. */
    static String partYears(CompareTable table, WebText text) {
        if (table.withheld() == null || table.withheld().partYears().isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder();
        for (Withheld.PartYear part : table.withheld().partYears()) {
            list.append(list.isEmpty() ? "" : "; ").append(part.area()).append(' ').append(part.period())
                    .append(" (").append(part.have()).append('/').append(part.of()).append(')');
        }
        return "<p class=\"part-years\">" + esc(text.format("report.partYearsLeftOut", list)) + "</p>\n";
    }
}
