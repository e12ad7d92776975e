package org.rives.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.rives.compare.CompareTable;
import org.rives.compare.MirrorTable;

/** A mirror table as CSV: one row per period, the reporter's figure, the partner's, and their ratio. */
final class MirrorCsv implements CsvForm<MirrorTable> {

    @Override
    public Class<MirrorTable> type() {
        return MirrorTable.class;
    }

    @Override
    public String fileName(MirrorTable table) {
        return "rives-mirror-" + table.reporter().indicator() + "-" + table.reporter().area() + "-"
                + table.partner().area() + ".csv";
    }

    @Override
    public List<String> columns(MirrorTable table) {
        return List.of("period", "reporter_indicator", "reporter", "reporter_value", "reporter_unit",
                "reporter_source", "partner_indicator", "partner", "partner_value", "partner_unit", "partner_source",
                "ratio", "notes");
    }

    @Override
    public void rows(MirrorTable table, Consumer<List<?>> out) {
        for (MirrorTable.Pair pair : table.periods()) {
            List<Object> line = new ArrayList<>(List.of(pair.period(), table.reporter().indicator(),
                    table.reporter().area()));
            cell(line, pair.reporter());
            line.add(table.partner().indicator());
            line.add(table.partner().area());
            cell(line, pair.partner());
            line.add(pair.ratio() == null ? "" : pair.ratio().toPlainString());
            line.add(String.join(" | ", table.notes()));
            out.accept(line);
        }
    }

    /** The figure in units (its multiplier applied), its unit and source. */
    private static void cell(List<Object> line, CompareTable.Cell cell) {
        line.add(cell == null || cell.value() == null ? "" : cell.value().scaleByPowerOfTen(cell.unitMult())
                .toPlainString());
        line.add(cell == null ? "" : cell.unit());
        line.add(cell == null ? "" : cell.source());
    }
}
