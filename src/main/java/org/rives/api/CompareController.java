package org.rives.api;

import java.util.ArrayList;
import java.util.List;

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
                              @RequestParam(required = false) String format,
                              @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        CompareTable table = service.compare(new CompareService.Request(indicator, areas, partner, freq, from, to,
                source, Params.asOf(asOf), Params.language(lang)));
        if (CsvOutput.wanted(format, accept)) {
            return csv(table);
        }
        return ResponseEntity.ok(table);
    }

    /** One row per area; per period its value, then its flag and source, so the file reads as the table does. */
    private static ResponseEntity<String> csv(CompareTable table) {
        List<String> columns = new ArrayList<>(List.of("shore", "area", "area_name", "indicator", "unit", "unit_mult"));
        for (String period : table.periods()) {
            columns.add(period);
            columns.add(period + " flag");
            columns.add(period + " source");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CompareTable.Group group : table.groups()) {
            for (CompareTable.Row row : group.rows()) {
                CompareTable.Cell any = row.cells().values().stream().filter(c -> c != null).findFirst().orElse(null);
                List<Object> line = new ArrayList<>(List.of(group.code(), row.area(), row.label(),
                        table.indicator().code(), any == null ? "" : any.unit(), any == null ? "" : any.unitMult()));
                for (String period : table.periods()) {
                    CompareTable.Cell cell = row.cells().get(period);
                    line.add(cell == null ? "" : cell.value().toPlainString());
                    line.add(cell == null ? "" : cell.status());
                    line.add(cell == null ? "" : cell.source());
                }
                rows.add(line);
            }
        }
        return CsvOutput.response(columns, rows, "rives-" + table.indicator().code() + ".csv");
    }
}
