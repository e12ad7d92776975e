package org.rives.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.rives.compare.CompareTable;
import org.rives.compare.Grade;

/**
 * A comparable table as CSV: one row per area, then one per group total; per period its value, flag
 * and source, so the file reads as the table does. The last columns carry the row's worst
 * comparability grade and its notes (caveats, conversions, coverage), so that an export never loses them.
 */
final class CompareCsv implements CsvForm<CompareTable> {

    @Override
    public Class<CompareTable> type() {
        return CompareTable.class;
    }

    @Override
    public String fileName(CompareTable table) {
        return "rives-" + table.indicator().code() + ".csv";
    }

    @Override
    public CsvDialect dialect(CompareTable table) {
        return CsvDialect.of(table.language());
    }

    @Override
    public List<String> columns(CompareTable table) {
        List<String> columns = new ArrayList<>(List.of("shore", "area", "area_name", "indicator", "unit",
                "unit_mult"));
        for (String period : table.periods()) {
            columns.add(period);
            columns.add(period + " flag");
            columns.add(period + " source");
        }
        columns.add("comparability");
        columns.add("notes");
        return columns;
    }

    @Override
    public void rows(CompareTable table, Consumer<List<?>> out) {
        for (CompareTable.Group group : table.groups()) {
            group.rows().forEach(row -> out.accept(line(table, group.code(), row)));
            if (group.subtotal() != null) {
                out.accept(subtotalLine(table, group.code(), group.code(), group.label(), group.subtotal()));
            }
        }
        if (table.total() != null) {
            out.accept(subtotalLine(table, "", table.total().code(), table.total().label(), table.total().subtotal()));
        }
    }

    private static List<Object> line(CompareTable table, String group, CompareTable.Row row) {
        CompareTable.Cell any = row.cells().values().stream().filter(c -> c != null).findFirst().orElse(null);
        List<Object> line = new ArrayList<>(List.of(group, row.area(), row.label(), table.indicator().code(),
                any == null ? "" : any.unit(), any == null ? "" : any.unitMult()));
        Set<String> notes = new LinkedHashSet<>();
        Grade worst = null;
        for (String period : table.periods()) {
            CompareTable.Cell cell = row.cells().get(period);
            line.add(value(cell, any, CsvDialect.of(table.language())));
            line.add(cell == null ? "" : flag(cell));
            line.add(cell == null ? "" : cell.source());
            if (cell != null) {
                worst = worst == null ? cell.comparability().grade() : worst.worst(cell.comparability().grade());
                notes(period, cell, notes);
            }
        }
        line.add(worst == null ? "" : worst.label());
        line.add(String.join(" | ", notes));
        return line;
    }

    /**
     * The cell's value in the row's unit and power of ten, so that the row's label is true of every value in
     * it (a source in millions beside one in units is shifted, digit for digit); blank when it cannot be.
     */
    private static String value(CompareTable.Cell cell, CompareTable.Cell row, CsvDialect dialect) {
        if (cell == null || cell.value() == null || !cell.unit().equals(row.unit())) {
            return "";
        }
        BigDecimal value = cell.value().scaleByPowerOfTen(cell.unitMult() - row.unitMult()).stripTrailingZeros();
        return dialect.number(value.scale() < 0 ? value.setScale(0) : value);
    }

    /** The cell's status, followed by Σ when the figure is a total computed from the publisher's parts. */
    private static String flag(CompareTable.Cell cell) {
        return cell.sum() == null ? cell.status() : cell.status() + " Σ";
    }

    private static void notes(String period, CompareTable.Cell cell, Set<String> notes) {
        cell.comparability().notes().forEach(n -> notes.add(period + ": " + n));
        if (cell.note() != null) {
            notes.add(period + ": " + cell.note());
        }
        if (cell.sum() != null) {
            notes.add(period + ": Σ " + cell.sum().text());
        }
        if (cell.conversion() != null) {
            notes.add(period + ": converted at " + cell.conversion().rate().toPlainString() + " "
                    + cell.conversion().rateUnit() + " (" + cell.conversion().rateSource() + ", "
                    + cell.conversion().ratePeriod() + ")");
        }
    }

    private static List<Object> subtotalLine(CompareTable table, String group, String code, String label,
                                             Map<String, CompareTable.Subtotal> subtotals) {
        CompareTable.Subtotal any = subtotals.values().stream().filter(s -> s.unit() != null).findFirst().orElse(null);
        List<Object> line = new ArrayList<>(List.of(group, code, label, table.indicator().code(),
                any == null ? "" : any.unit(), any == null ? "" : any.unitMult()));
        List<String> notes = new ArrayList<>();
        for (String period : table.periods()) {
            CompareTable.Subtotal subtotal = subtotals.get(period);
            line.add(subtotal == null || subtotal.value() == null ? ""
                    : CsvDialect.of(table.language()).number(subtotal.value()));
            line.add("");
            line.add("Rives");
            if (subtotal != null) {
                notes.add(period + ": " + subtotal.coverage());
            }
        }
        line.add("");
        line.add(String.join(" | ", notes));
        return line;
    }
}
