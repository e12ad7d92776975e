package org.rives.web;

import org.rives.compare.CompareEngine;
import org.rives.compare.CompareParameters;
import org.rives.compare.CompareRequest;
import org.rives.compare.CompareTable;
import org.rives.compare.Parameters;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code GET /api/compare.xlsx}: the comparable table of {@code /api/compare}, same parameters, as Excel. */
@RestController
class CompareXlsxController {

    private final CompareEngine engine;
    private final Parameters parameters;

    CompareXlsxController(CompareEngine engine, Parameters parameters) {
        this.engine = engine;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/compare.xlsx", produces = CompareWorkbook.CONTENT_TYPE)
    ResponseEntity<StreamingResponseBody> workbook(@ParameterObject CompareParameters query) {
        // The table is built before the response starts, so a bad request is still a clean 400 problem.
        CompareRequest request = query.request(parameters);
        CompareTable table = engine.compare(request);
        CompareWorkbook workbook = new CompareWorkbook(table, WebText.of(request.language()));
        StreamingResponseBody body = workbook::write;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, CompareWorkbook.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("rives-" + table.indicator().code() + ".xlsx").build().toString())
                .body(body);
    }
}
