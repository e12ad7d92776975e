package org.rives.api;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Tables as CSV (RFC 4180, UTF-8, header row), written with jackson-dataformat-csv. */
final class CsvOutput {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvOutput() {
    }

    /** Whether the caller asked for CSV, by {@code format=csv} or an Accept header. */
    static boolean wanted(String format, String accept) {
        if (format != null) {
            return "csv".equalsIgnoreCase(format);
        }
        return accept != null && accept.contains("text/csv");
    }

    static ResponseEntity<String> response(List<String> columns, List<List<Object>> rows, String fileName) {
        return response(columns, rows, fileName, TEXT_CSV);
    }

    static ResponseEntity<String> response(List<String> columns, List<List<Object>> rows, String fileName,
                                           MediaType type) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        String body = MAPPER.writer(schema.build()).writeValueAsString(CsvFormulaGuard.rows(rows));
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
                .body(body);
    }
}
