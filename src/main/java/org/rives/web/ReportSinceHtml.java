package org.rives.web;

import static org.rives.web.ReportFormat.day;
import static org.rives.web.ReportFormat.esc;

import java.time.Instant;

import org.rives.store.LoadReport;

/** The "since a date" parts of the report: the figures that changed, and the loads that changed them. */
final class ReportSinceHtml {

    private final StringBuilder out;
    private final WebText text;
    private final ReportFormat format;

    ReportSinceHtml(StringBuilder out, WebText text, ReportFormat format) {
        this.out = out;
        this.text = text;
        this.format = format;
    }

    void changes(Report.IndicatorPart part, Instant since, int shown) {
        String day = day(since);
        if (part.changes().isEmpty()) {
            out.append("<p class=\"changes none\">").append(esc(text.format("report.changesNone", day)))
                    .append("</p>\n");
            return;
        }
        out.append("<h4>").append(esc(text.format("report.changes", day))).append("</h4>\n<table class=\"changes\">\n")
                .append("<thead><tr><th scope=\"col\">").append(esc(text.get("report.country")))
                .append("</th><th scope=\"col\">").append(esc(text.get("report.period")))
                .append("</th><th scope=\"col\">").append(esc(text.get("report.before")))
                .append("</th><th scope=\"col\">").append(esc(text.get("report.after")))
                .append("</th><th scope=\"col\">").append(esc(text.get("report.source")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Report.Change change : part.changes().subList(0, Math.min(shown, part.changes().size()))) {
            out.append("<tr><th scope=\"row\">").append(esc(change.label())).append("</th><td>")
                    .append(esc(change.period())).append("</td>")
                    .append(change.before() == null ? word("report.new") : format.valueCell(change.before()))
                    .append(change.after() == null ? word("report.withdrawn") : format.valueCell(change.after()))
                    .append("<td>").append(change.after() == null ? "" : esc(change.after().source() + " #"
                            + change.after().loadId())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (part.changes().size() > shown) {
            out.append("<p class=\"more\">").append(esc(text.format("report.more", part.changes().size() - shown)))
                    .append("</p>\n");
        }
    }

    void loads(Report report) {
        String day = day(report.since());
        out.append("<section class=\"loads\">\n<h2>").append(esc(text.format("report.loads", day))).append("</h2>\n");
        if (report.loads().isEmpty()) {
            out.append("<p>").append(esc(text.format("report.loadsNone", day))).append("</p>\n</section>\n");
            return;
        }
        out.append("<table>\n<thead><tr>");
        for (String key : new String[] {"col.load", "col.source", "report.file", "report.status", "report.finished",
                "report.changesCol"}) {
            out.append("<th scope=\"col\">").append(esc(text.get(key))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (LoadReport load : report.loads()) {
            out.append("<tr><th scope=\"row\">#").append(load.loadId()).append("</th><td>").append(esc(load.source()))
                    .append("</td><td>").append(esc(load.file())).append("</td><td>")
                    .append(esc(load.status().stored()))
                    .append("</td><td>").append(esc(format.date(load.startedAt().plusMillis(load.durationMs()))))
                    .append("</td><td>").append(load.changes().added()).append(" / ").append(load.changes().revised())
                    .append(" / ").append(load.changes().withdrawn()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private String word(String key) {
        return "<td>" + esc(text.get(key)) + "</td>";
    }
}
