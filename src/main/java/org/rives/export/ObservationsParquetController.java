package org.rives.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.rives.harmonise.Catalogue;
import org.rives.store.ObservationFilter;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code GET /api/observations.parquet}: the observations of one query (the filters of
 * {@code /api/observations}, without paging) as one Parquet file, for DuckDB, pandas, Arrow or Spark.
 * DuckDB writes the file to a temporary folder; it is streamed from disk and deleted once sent.
 */
@RestController
class ObservationsParquetController {

    static final MediaType PARQUET = MediaType.parseMediaType("application/vnd.apache.parquet");

    private final ParquetDownloads downloads;
    private final Catalogue catalogue;

    ObservationsParquetController(ParquetDownloads downloads, Catalogue catalogue) {
        this.downloads = downloads;
        this.catalogue = catalogue;
    }

    @Operation(summary = "One query's observations as a Parquet file",
            description = "The filters of /api/observations, every matching row in one file (no paging), with "
                    + "the columns of the long table and the load each figure came from. Larger queries are "
                    + "refused (rives.export.max-rows): use `rives export --parquet DIR` for the whole table.",
            responses = @ApiResponse(responseCode = "200", description = "a Parquet file (zstd)",
                    content = @Content(mediaType = "application/vnd.apache.parquet")))
    @GetMapping("/api/observations.parquet")
    ResponseEntity<InputStreamResource> parquet(@RequestParam(required = false) String indicator,
            @RequestParam(required = false) List<String> area,
            @RequestParam(required = false) String partner, @RequestParam(required = false) String sex,
            @RequestParam(required = false) String age, @RequestParam(required = false) String breakdown,
            @RequestParam(required = false) String freq, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String source,
            @RequestParam(required = false) String asOf) throws IOException, InterruptedException {
        List<String> areas = area == null ? List.of() : area.stream().flatMap(a -> Arrays.stream(a.split(",")))
                .map(String::strip).map(this::areaCode).toList();
        ObservationFilter filter = new ObservationFilter(indicator, areas, partner == null ? null : areaCode(partner),
                sex, age, breakdown, freq, from, to, source, AsOf.parse(asOf));
        Path file = downloads.write(filter);
        // Sent synchronously from disk (no async time-out on a long download); closing the stream deletes it.
        return ResponseEntity.ok().contentType(PARQUET).contentLength(Files.size(file))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("rives-observations.parquet").build().toString())
                .body(new InputStreamResource(new DeleteOnCloseStream(file)));
    }

    /** Any spelling the catalogue knows (ES, ESP, 724, Espagne) reads as the area code. */
    private String areaCode(String spelling) {
        return catalogue.resolveArea(spelling).orElse(spelling);
    }

    @ExceptionHandler(ParquetDownloads.DownloadsBusyException.class)
    ResponseEntity<ProblemDetail> busy(ParquetDownloads.DownloadsBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Busy");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                .body(problem);
    }
}
