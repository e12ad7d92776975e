package org.rives.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/mirror}: a bilateral flow as the reporter and as the partner report it, JSON or CSV. */
@RestController
class MirrorController {

    private final MirrorService service;

    MirrorController(MirrorService service) {
        this.service = service;
    }

    @GetMapping("/api/mirror")
    ResponseEntity<?> mirror(@RequestParam String indicator,
                             @RequestParam String reporter,
                             @RequestParam String partner,
                             @RequestParam(defaultValue = "A") String freq,
                             @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to,
                             @RequestParam(required = false) String currency,
                             @RequestParam(required = false) String asOf,
                             @RequestParam(required = false) String lang,
                             @RequestParam(required = false) String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        MirrorTable table = service.mirror(new MirrorService.Request(indicator, reporter, partner, freq, from, to,
                currency, Params.asOf(asOf), Params.language(lang)));
        if (CsvOutput.wanted(format, accept)) {
            return csv(table);
        }
        return ResponseEntity.ok(table);
    }

    private static ResponseEntity<String> csv(MirrorTable table) {
        List<String> columns = List.of("period", "reporter_indicator", "reporter", "reporter_value", "reporter_unit",
                "reporter_source", "partner_indicator", "partner", "partner_value", "partner_unit", "partner_source",
                "ratio", "notes");
        List<List<Object>> rows = new ArrayList<>();
        for (MirrorTable.Pair pair : table.periods()) {
            List<Object> line = new ArrayList<>(List.of(pair.period(), table.reporter().indicator(),
                    table.reporter().area()));
            cell(line, pair.reporter());
            line.add(table.partner().indicator());
            line.add(table.partner().area());
            cell(line, pair.partner());
            line.add(pair.ratio() == null ? "" : pair.ratio().toPlainString());
            line.add(String.join(" | ", table.notes()));
            rows.add(line);
        }
        return CsvOutput.response(columns, rows, "rives-mirror-" + table.reporter().indicator() + "-"
                + table.reporter().area() + "-" + table.partner().area() + ".csv");
    }

    private static void cell(List<Object> line, CompareTable.Cell cell) {
        line.add(cell == null || cell.value() == null ? "" : cell.value().scaleByPowerOfTen(cell.unitMult())
                .toPlainString());
        line.add(cell == null ? "" : cell.unit());
        line.add(cell == null ? "" : cell.source());
    }
}
