package org.rives.web;

import java.util.Map;

import org.rives.api.CompareTables;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code GET /api/compare.xlsx}: the comparable table of {@code /api/compare}, same parameters, as Excel. */
@RestController
class CompareXlsxController {

    private final CompareTables tables;

    CompareXlsxController(CompareTables tables) {
        this.tables = tables;
    }

    @GetMapping("/api/compare.xlsx")
    ResponseEntity<StreamingResponseBody> workbook(@RequestParam Map<String, String> query) {
        // The table is built before the response starts, so a bad request is still a clean 400 problem.
        CompareView table = CompareView.of(tables.compare(query));
        CompareWorkbook workbook = new CompareWorkbook(table, WebText.of(WebText.language(query.get("lang"))));
        StreamingResponseBody body = workbook::write;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, CompareWorkbook.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rives-" + table.code() + ".xlsx\"")
                .body(body);
    }
}
