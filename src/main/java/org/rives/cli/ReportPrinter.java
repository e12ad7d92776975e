package org.rives.cli;

import org.rives.harmonise.Rejection;
import org.rives.store.LoadReport;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Load reports as a statistician reads them in a terminal, or as JSON for scripts. */
final class ReportPrinter {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportPrinter() {
    }

    static String json(LoadReport report) {
        return JSON.writeValueAsString(report);
    }

    static String text(LoadReport r) {
        StringBuilder out = new StringBuilder();
        out.append(r.file()).append(" -> ").append(r.source()).append(": ").append(r.status().name());
        if (r.loadId() != null) {
            out.append(" (load ").append(r.loadId()).append(')');
        }
        out.append(r.dryRun() ? " [dry run]" : "").append('\n');
        out.append("  sha256        ").append(r.sha256()).append(" (").append(r.bytes()).append(" bytes)\n");
        out.append("  rows read     ").append(r.rowsRead()).append(" (").append(r.cellsRead()).append(" cells)\n");
        out.append("  observations  ").append(r.observations()).append(" loaded, ").append(r.missingCells())
                .append(" missing cells, ").append(r.excluded()).append(" cells excluded by rule, ").append(r.filtered())
                .append(" cells filtered out\n");
        out.append("  changes       ").append(r.changes().added()).append(" new, ").append(r.changes().revised())
                .append(" revised, ").append(r.changes().withdrawn()).append(" withdrawn, ")
                .append(r.changes().unchanged()).append(" unchanged\n");
        out.append("  rejected      ").append(r.rejected()).append('\n');
        for (Rejection rejection : r.rejections()) {
            out.append("    ").append(rejection).append('\n');
        }
        if (r.rejected() > r.rejections().size()) {
            out.append("    ... and ").append(r.rejected() - r.rejections().size()).append(" more\n");
        }
        for (String warning : r.warnings()) {
            out.append("  warning       ").append(warning).append('\n');
        }
        out.append("  ").append(r.message()).append(" (").append(r.durationMs()).append(" ms)");
        return out.toString();
    }
}
