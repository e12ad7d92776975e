package org.rives.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/compare}: the comparable table across both shores, as JSON or CSV. */
@RestController
class CompareController {

    private final CompareService service;

    CompareController(CompareService service) {
        this.service = service;
    }

    @GetMapping("/api/compare")
    ResponseEntity<?> compare(@RequestParam String indicator,
                              @RequestParam(defaultValue = "5P5") String areas,
                              @RequestParam(required = false) String partner,
                              @RequestParam(defaultValue = "A") String freq,
                              @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to,
                              @RequestParam(required = false) String source,
                              @RequestParam(required = false) String asOf,
                              @RequestParam(required = false) String lang,
                              @RequestParam(required = false) String currency,
                              @RequestParam(required = false) Integer scale,
                              @RequestParam(required = false) Integer perCapita,
                              @RequestParam(defaultValue = "false") boolean shareOfGdp,
                              @RequestParam(required = false) String format,
                              @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        CompareTable table = service.compare(new CompareService.Request(indicator, areas, partner, freq, from, to,
                source, Params.asOf(asOf), Params.language(lang), currency, scale, perCapita, shareOfGdp));
        if (CsvOutput.wanted(format, accept)) {
            return csv(table);
        }
        return ResponseEntity.ok(table);
    }

    /**
     * One row per area, then one per group total; per period its value, flag and source, so the file
     * reads as the table does. The last columns carry the row's worst comparability grade and its notes
     * (caveats, conversions, coverage), so that an export never loses them.
     */
    private static ResponseEntity<String> csv(CompareTable table) {
        List<String> columns = new ArrayList<>(List.of("shore", "area", "area_name", "indicator", "unit", "unit_mult"));
        for (String period : table.periods()) {
            columns.add(period);
            columns.add(period + " flag");
            columns.add(period + " source");
        }
        columns.add("comparability");
        columns.add("notes");
        List<List<Object>> rows = new ArrayList<>();
        for (CompareTable.Group group : table.groups()) {
            for (CompareTable.Row row : group.rows()) {
                rows.add(line(table, group.code(), row));
            }
            if (group.subtotal() != null) {
                rows.add(subtotalLine(table, group.code(), group.code(), group.label(), group.subtotal()));
            }
        }
        if (table.total() != null) {
            rows.add(subtotalLine(table, "", table.total().code(), table.total().label(), table.total().subtotal()));
        }
        return CsvOutput.response(columns, rows, "rives-" + table.indicator().code() + ".csv");
    }

    private static List<Object> line(CompareTable table, String group, CompareTable.Row row) {
        CompareTable.Cell any = row.cells().values().stream().filter(c -> c != null).findFirst().orElse(null);
        List<Object> line = new ArrayList<>(List.of(group, row.area(), row.label(), table.indicator().code(),
                any == null ? "" : any.unit(), any == null ? "" : any.unitMult()));
        Set<String> notes = new LinkedHashSet<>();
        String grade = "";
        for (String period : table.periods()) {
            CompareTable.Cell cell = row.cells().get(period);
            line.add(cell == null || cell.value() == null ? "" : cell.value().toPlainString());
            line.add(cell == null ? "" : cell.status());
            line.add(cell == null ? "" : cell.source());
            if (cell != null) {
                grade = worse(grade, cell.comparability().grade());
                cell.comparability().notes().forEach(n -> notes.add(period + ": " + n));
                if (cell.note() != null) {
                    notes.add(period + ": " + cell.note());
                }
                if (cell.conversion() != null) {
                    notes.add(period + ": converted at " + cell.conversion().rate().toPlainString() + " "
                            + cell.conversion().rateUnit() + " (" + cell.conversion().rateSource() + ", "
                            + cell.conversion().ratePeriod() + ")");
                }
            }
        }
        line.add(grade);
        line.add(String.join(" | ", notes));
        return line;
    }

    private static List<Object> subtotalLine(CompareTable table, String group, String code, String label,
                                             Map<String, CompareTable.Subtotal> subtotals) {
        CompareTable.Subtotal any = subtotals.values().stream().filter(s -> s.unit() != null).findFirst().orElse(null);
        List<Object> line = new ArrayList<>(List.of(group, code, label, table.indicator().code(),
                any == null ? "" : any.unit(), any == null ? "" : any.unitMult()));
        List<String> notes = new ArrayList<>();
        for (String period : table.periods()) {
            CompareTable.Subtotal subtotal = subtotals.get(period);
            line.add(subtotal == null || subtotal.value() == null ? "" : subtotal.value().toPlainString());
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

    private static String worse(String current, String grade) {
        List<String> order = List.of("", "comparable", "comparable with caveats", "not comparable");
        return order.indexOf(grade) > order.indexOf(current) ? grade : current;
    }
}
