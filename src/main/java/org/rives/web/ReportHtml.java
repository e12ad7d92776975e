package org.rives.web;

import static org.rives.web.ReportFormat.day;
import static org.rives.web.ReportFormat.esc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.rives.compare.CompareTable;


/** Writes the follow-up report as one standalone HTML page (its print stylesheet inlined) that prints to PDF. */
final class ReportHtml {

    private static final String STYLE = resource("report.css");
    private static final int CHANGES_SHOWN = 12;

    private final WebText text;
    private final ReportFormat format;
    private final boolean withForm;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    ReportHtml(WebText text, boolean withForm) {
        this.text = text;
        this.format = new ReportFormat(text);
        this.withForm = withForm;
    }

    String render(Report report) {
        out.append("<!doctype html>\n<html lang=\"").append(text.language()).append("\" dir=\"")
                .append(text.rightToLeft() ? "rtl" : "ltr").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(text.get("report.title"))).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n");
        heading(report);
        for (Report.AxisPart axis : report.axes()) {
            axis(axis, report);
        }
        if (report.since() != null) {
            new ReportSinceHtml(out, text, format).loads(report);
        }
        legend();
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void heading(Report report) {
        out.append("<header>\n<h1>").append(esc(text.get("report.title"))).append("</h1>\n<p>")
                .append(esc(text.get("report.intro"))).append("</p>\n<p class=\"meta\">")
                .append(esc(text.get("report.generated"))).append(' ').append(esc(format.date(report.generated())));
        out.append(" · ").append(report.since() == null ? esc(text.get("report.sinceNone"))
                : esc(text.get("report.since")) + ' ' + esc(day(report.since()))).append("</p>\n");
        out.append(WithheldHtml.banner(report, text));
        if (withForm) {
            form(report);
        }
        out.append("</header>\n");
    }

    /** Date and language choices, and a print button; none of it is printed. */
    private void form(Report report) {
        String since = report.since() == null ? "" : day(report.since());
        out.append("<form class=\"no-print\" method=\"get\" action=\"report\">\n<label>")
                .append(esc(text.get("report.sinceLabel"))).append(" <input type=\"date\" name=\"since\" value=\"")
                .append(esc(since)).append("\"></label>\n<select name=\"lang\" aria-label=\"Language\">");
        for (String[] language : new String[][] {{"en", "English"}, {"fr", "Français"}, {"ar", "العربية"}}) {
            out.append("<option value=\"").append(language[0]).append('"')
                    .append(language[0].equals(text.language()) ? " selected" : "").append('>').append(language[1])
                    .append("</option>");
        }
        out.append("</select>\n<button type=\"submit\">").append(esc(text.get("report.show")))
                .append("</button>\n<button type=\"button\" onclick=\"window.print()\">")
                .append(esc(text.get("report.print"))).append("</button>\n<a href=\"./?lang=").append(text.language())
                .append("\">").append(esc(text.get("report.nav"))).append("</a>\n</form>\n");
    }

    private void axis(Report.AxisPart axis, Report report) {
        out.append("<section class=\"axis\" id=\"axis-").append(esc(axis.code())).append("\">\n<h2>")
                .append(esc(axis.label())).append("</h2>\n");
        if (axis.indicators().isEmpty()) {
            out.append("<p class=\"empty\">").append(esc(text.get("report.noIndicator"))).append("</p>\n");
        }
        for (Report.IndicatorPart part : axis.indicators()) {
            indicator(part, report);
        }
        for (String skipped : axis.skipped()) {
            out.append("<p class=\"skipped\">").append(esc(text.format("report.skipped", skipped))).append("</p>\n");
        }
        out.append("</section>\n");
    }

    private void indicator(Report.IndicatorPart part, Report report) {
        CompareTable table = part.table();
        CompareTable.IndicatorInfo indicator = table.indicator();
        out.append("<section class=\"indicator\" id=\"indicator-").append(esc(indicator.code()))
                .append("\">\n<h3>").append(esc(indicator.label())).append(" <span class=\"code\">")
                .append(esc(indicator.code())).append("</span></h3>\n<table>\n<thead><tr>");
        for (String key : new String[] {"report.country", "report.latestPeriod", "report.latest",
                "report.previousPeriod", "report.previous", "report.change", "report.changePct", "report.source"}) {
            out.append("<th scope=\"col\">").append(esc(text.get(key))).append("</th>");
        }
        out.append("</tr></thead>\n");
        for (Report.ShorePart shore : part.shores()) {
            out.append("<tbody>\n<tr class=\"shore\"><th scope=\"rowgroup\" colspan=\"8\">").append(esc(shore.label()))
                    .append("</th></tr>\n");
            shore.headlines().forEach(this::headline);
            out.append("</tbody>\n");
        }
        out.append("</table>\n");
        if (report.since() != null) {
            new ReportSinceHtml(out, text, format).changes(part, report.since(), CHANGES_SHOWN);
        }
        notes(table);
        out.append("</section>\n");
    }

    private void headline(Report.Headline h) {
        out.append("<tr data-area=\"").append(esc(h.area())).append("\"><th scope=\"row\">").append(esc(h.label()))
                .append("</th>").append(labelled("report.latestPeriod", esc(h.latestPeriod())))
                .append(format.valueCell(h.latest(), text.get("report.latest")))
                .append(labelled("report.previousPeriod", esc(h.previousPeriod())))
                .append(format.valueCell(h.previous(), text.get("report.previous")))
                .append(changeCells(h))
                .append(labelled("report.source", h.latest() == null ? "" : esc(h.latest().source()))).append("</tr>\n");
    }

    /** A cell with its column's name, which a narrow screen shows before it (the header row is then hidden). */
    private String labelled(String key, String html) {
        return "<td data-label=\"" + esc(text.get(key)) + "\">" + html + "</td>";
    }

    /** The change and its percentage; across a change of source, a label saying so in their place. */
    private String changeCells(Report.Headline h) {
        if (h.sourceBreak() != null) {
            return "<td class=\"break\" colspan=\"2\" data-break=\"source\" data-label=\""
                    + esc(text.get("report.change")) + "\">"
                    + esc(text.format("report.sourceBreak", h.sourceBreak().from(), h.sourceBreak().to())) + "</td>";
        }
        return "<td class=\"num\" data-label=\"" + esc(text.get("report.change")) + "\">" + format.signed(h.change())
                + "</td><td class=\"num\" data-label=\"" + esc(text.get("report.changePct")) + "\">"
                + (h.changePercent() == null ? "" : format.signed(h.changePercent()) + " %") + "</td>";
    }

    private void notes(CompareTable table) {
        out.append("<div class=\"notes\"><p><strong>").append(esc(text.get("report.unit"))).append(":</strong> ")
                .append(esc(UnitNames.of(table.indicator().unit(), 0, text.language())));
        if (table.partner() != null && !"_T".equals(table.partner())) {
            out.append(" · <strong>").append(esc(text.get("notes.partner"))).append(":</strong> ")
                    .append(esc(table.partner()));
        }
        out.append("</p>\n");
        out.append(WithheldHtml.partYears(table, text));
        if (table.indicator().definition() != null) {
            out.append("<p>").append(esc(table.indicator().definition())).append("</p>\n");
        }
        out.append("<p><strong>").append(esc(text.get("notes.sources"))).append(":</strong> ");
        for (CompareTable.SourceInfo source : table.sources()) {
            out.append(esc(source.publisher() == null ? source.id() : source.publisher()))
                    .append(source.dataset() == null ? "" : ", " + esc(source.dataset()))
                    .append(source.licence() == null ? "" : " (" + esc(source.licence()) + ")").append("; ");
        }
        out.append("</p></div>\n");
    }

    private void legend() {
        out.append("<footer><p><strong>").append(esc(text.get("notes.flags"))).append(":</strong> ");
        for (String status : new String[] {"P", "E", "B", "D", "U"}) {
            out.append(status.toLowerCase()).append(" = ").append(esc(text.status(status))).append(" · ");
        }
        out.append("</p></footer>\n");
    }

    private static String resource(String name) {
        try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
