package org.rives.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.rives.compare.CompareTable;

/**
 * A comparable table as an Excel workbook: the table as on screen (flags and notes as cell comments),
 * every figure with its status, flag, source and notes, and a notes sheet (definition, sources and
 * licences, flags legend). Values are written as the API gives them, with their unit multiplier beside them.
 */
final class CompareWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CompareTable table;
    private final WebText text;

    /** The table sheet's unit and power of ten: those of most figures, every value of the sheet shown in them. */
    private final String unit;
    private final int mult;

    CompareWorkbook(CompareTable table, WebText text) {
        this.table = table;
        this.text = text;
        CompareTable.Cell usual = Cells.usual(table);
        this.unit = usual == null ? table.indicator().unit() : usual.unit();
        this.mult = usual == null ? 0 : usual.unitMult();
    }

    void write(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Rives", "1.0");
        tableSheet(sheet(workbook, text.get("sheet.table")));
        cellsSheet(sheet(workbook, text.get("sheet.cells")));
        new WorkbookNotes(table, text).write(sheet(workbook, text.get("sheet.notes")));
        workbook.finish();
    }

    private Worksheet sheet(Workbook workbook, String name) {
        Worksheet sheet = workbook.newWorksheet(name);
        if (text.rightToLeft()) {
            sheet.rightToLeft();
        }
        return sheet;
    }

    private void tableSheet(Worksheet sheet) {
        sheet.value(0, 0, table.indicator().label() + " (" + table.indicator().code() + ")");
        sheet.style(0, 0).bold().set();
        sheet.value(1, 0, text.get("notes.unit") + ": " + UnitNames.of(unit, mult, text.language()));
        int row = 3;
        header(sheet, row, text.get("col.shore"), text.get("col.area"), text.get("col.areaName"));
        for (int i = 0; i < table.periods().size(); i++) {
            periodHeader(sheet, row, 3 + i, table.periods().get(i));
        }
        sheet.freezePane(3, row + 1);
        for (CompareTable.Group shore : table.groups()) {
            for (CompareTable.Row line : shore.rows()) {
                row++;
                sheet.value(row, 0, shore.label());
                sheet.value(row, 1, line.area());
                sheet.value(row, 2, line.label());
                for (int i = 0; i < table.periods().size(); i++) {
                    valueCell(sheet, row, 3 + i, line.cells().get(table.periods().get(i)));
                }
            }
            row = shoreRows(sheet, row, shore);
        }
        if (table.total() != null) {
            sumRow(sheet, ++row, "", "Σ " + table.total().label(), table.total().subtotal());
        }
        sheet.width(0, 14);
        sheet.width(2, 16);
    }

    private void valueCell(Worksheet sheet, int row, int column, CompareTable.Cell cell) {
        if (cell == null) {
            return;
        }
        if (cell.value() != null && cell.unit().equals(unit)) {
            sheet.value(row, column, cell.value().scaleByPowerOfTen(cell.unitMult() - mult));
        }
        String note = note(cell);
        if (!note.isEmpty()) {
            sheet.comment(row, column, note);
        }
    }

    /** A comment only where there is something to say: a status other than normal, notes, other sources. */
    private String note(CompareTable.Cell cell) {
        List<String> parts = new ArrayList<>();
        if (cell.status() != null && !"A".equals(cell.status())) {
            parts.add(cell.status() + ": " + text.status(cell.status()));
        }
        if (cell.note() != null) {
            parts.add(cell.note());
        }
        if (cell.sum() != null) {
            parts.add(text.format("cell.sum", cell.sum().parts().size(), String.join(", ", cell.sum().parts()))
                    + (cell.sum().over().contains("partner") ? text.get("cell.sumCitizenships") : ""));
        }
        parts.addAll(cell.comparability().notes());
        if (!cell.alternatives().isEmpty()) {
            parts.add(text.get("col.alternatives") + ": " + String.join(", ", Cells.alternatives(cell)));
        }
        return String.join("; ", parts);
    }

    /**
     * Under each shore: the API's subtotal when it gives one, and the coverage (countries with a figure,
     * a count and never a sum) per period.
     */
    private int shoreRows(Worksheet sheet, int row, CompareTable.Group shore) {
        if (shore.subtotal() != null && !shore.subtotal().isEmpty()) {
            sumRow(sheet, ++row, shore.label(), "Σ " + shore.label(), shore.subtotal());
        }
        row++;
        sheet.value(row, 0, shore.label());
        sheet.value(row, 2, text.get("coverage"));
        sheet.style(row, 2).italic().set();
        for (int i = 0; i < table.periods().size(); i++) {
            String period = table.periods().get(i);
            long have = shore.rows().stream().filter(l -> Cells.hasValue(l.cells().get(period))).count();
            sheet.value(row, 3 + i, have + " / " + shore.rows().size());
            sheet.style(row, 3 + i).italic().horizontalAlignment("right").set();
        }
        return row;
    }

    /** A group's sums per period, in the sheet's unit; a period the API gives no sum for stays empty. */
    private void sumRow(Worksheet sheet, int row, String shore, String label,
                        java.util.Map<String, CompareTable.Subtotal> sums) {
        sheet.value(row, 0, shore);
        sheet.value(row, 2, label);
        sheet.style(row, 2).bold().set();
        for (int i = 0; i < table.periods().size(); i++) {
            CompareTable.Subtotal subtotal = sums.get(table.periods().get(i));
            if (subtotal != null && subtotal.value() != null && unit.equals(subtotal.unit())) {
                sheet.value(row, 3 + i, subtotal.value().scaleByPowerOfTen(subtotal.unitMult() - mult));
                sheet.style(row, 3 + i).bold().set();
            }
        }
    }

    /** A year as a number, so that a spreadsheet sorts and charts it as one; other periods (2024-Q1) as text. */
    private static void periodHeader(Worksheet sheet, int row, int column, String period) {
        period(sheet, row, column, period);
        sheet.style(row, column).bold().horizontalAlignment("right").set();
    }

    private static void period(Worksheet sheet, int row, int column, String period) {
        if (period.matches("\\d{4}")) {
            sheet.value(row, column, Integer.parseInt(period));
        } else {
            sheet.value(row, column, period);
        }
    }

    private void cellsSheet(Worksheet sheet) {
        header(sheet, 0, text.get("col.shore"), text.get("col.area"), text.get("col.areaName"), text.get("col.period"),
                text.get("col.value"), text.get("col.unit"), text.get("col.unitMult"), text.get("col.status"),
                text.get("col.flags"), text.get("col.source"), text.get("col.load"), text.get("col.notes"));
        int row = 0;
        for (CompareTable.Group shore : table.groups()) {
            for (CompareTable.Row line : shore.rows()) {
                for (String period : table.periods()) {
                    CompareTable.Cell cell = line.cells().get(period);
                    if (cell != null) {
                        cellRow(sheet, ++row, shore, line, period, cell);
                    }
                }
            }
        }
        sheet.freezePane(0, 1);
    }

    private void cellRow(Worksheet sheet, int row, CompareTable.Group shore, CompareTable.Row line, String period,
                         CompareTable.Cell cell) {
        sheet.value(row, 0, shore.code());
        sheet.value(row, 1, line.area());
        sheet.value(row, 2, line.label());
        period(sheet, row, 3, period);
        if (cell.value() != null) {
            sheet.value(row, 4, cell.value());
        }
        sheet.value(row, 5, cell.unit());
        sheet.value(row, 6, cell.unitMult());
        sheet.value(row, 7, cell.status() == null ? "" : cell.status() + " " + text.status(cell.status()));
        sheet.value(row, 8, cell.flags() == null ? "" : cell.flags());
        sheet.value(row, 9, cell.source());
        sheet.value(row, 10, cell.loadId());
        sheet.value(row, 11, note(cell));
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static void header(Worksheet sheet, int row, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            sheet.value(row, i, labels[i]);
            sheet.style(row, i).bold().fillColor("DDE6F0").set();
        }
    }
}
