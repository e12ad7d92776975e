package org.rives.web;

import java.time.Instant;
import java.util.List;

import org.dhatim.fastexcel.Worksheet;
import org.rives.compare.CompareTable;

/** The notes sheet of the Excel export: the indicator, its definition, the sources and licences, the flags. */
final class WorkbookNotes {

    private static final List<String> STATUSES = List.of("A", "P", "E", "B", "D", "F", "I", "L", "M", "N", "U", "V");

    private final CompareTable table;
    private final WebText text;

    WorkbookNotes(CompareTable table, WebText text) {
        this.table = table;
        this.text = text;
    }

    void write(Worksheet sheet) {
        CompareTable.IndicatorInfo indicator = table.indicator();
        String[][] facts = {
                {text.get("notes.indicator"), indicator.code() + " — " + indicator.label()},
                {text.get("notes.definition"), CompareWorkbook.orEmpty(indicator.definition())},
                {text.get("notes.sdg"), CompareWorkbook.orEmpty(indicator.sdg())},
                {text.get("notes.unit"), CompareWorkbook.orEmpty(indicator.unit())},
                {text.get("notes.freq"), table.freq().name()},
                {text.get("notes.partner"), CompareWorkbook.orEmpty(table.partner())},
                {text.get("notes.asOf"), table.asOf() == null ? text.get("notes.latest") : table.asOf().toString()},
                {text.get("notes.generated"), Instant.now().toString()},
                {"", text.get("notes.values")}};
        int row = 0;
        for (String[] fact : facts) {
            sheet.value(row, 0, fact[0]);
            sheet.style(row, 0).bold().set();
            sheet.value(row++, 1, fact[1]);
        }
        for (String note : table.notes()) {
            sheet.value(row++, 1, note);
        }
        row++;
        CompareWorkbook.header(sheet, row, text.get("notes.sources"), text.get("notes.publisher"),
                text.get("notes.dataset"), text.get("notes.licence"), text.get("notes.url"));
        for (CompareTable.SourceInfo source : table.sources()) {
            String[] values = {source.id(), source.publisher(), source.dataset(), source.licence(), source.url()};
            row++;
            for (int i = 0; i < values.length; i++) {
                sheet.value(row, i, CompareWorkbook.orEmpty(values[i]));
            }
        }
        row += 2;
        CompareWorkbook.header(sheet, row, text.get("notes.flags"));
        for (String status : STATUSES) {
            sheet.value(++row, 0, status);
            sheet.value(row, 1, text.status(status));
        }
        sheet.width(0, 24);
        sheet.width(1, 60);
    }
}
