package org.rives.api;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.rives.access.AuditedLoads;
import org.rives.access.Caller;
import org.rives.compare.Parameters;
import org.rives.compare.Values;
import org.rives.error.ErrorCode;
import org.rives.error.RivesException;
import org.rives.store.LoadHistory;
import org.rives.store.LoadReport;
import org.rives.upload.UploadService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Load reports ({@code GET /api/loads}, a page at a time; {@code /api/loads/{id}}, whole) and the
 * one-request upload ({@code POST /api/loads}, multipart). Reads are open; an upload needs a token that
 * may write the connector (checked by the access filter and the upload service), waits its turn in
 * the write queue, and answers with the report. The upload page uses {@code /api/uploads} instead.
 */
@RestController
class LoadsController {

    static final int MAX_PAGE = 200;

    /** A load's report and who made it. */
    record AuditedReport(@JsonUnwrapped LoadReport report, AuditedLoads.LoadedBy loadedBy) {
    }

    private final UploadService uploads;
    private final LoadHistory history;
    private final AuditedLoads audited;
    private final Parameters parameters;

    LoadsController(UploadService uploads, LoadHistory history, AuditedLoads audited, Parameters parameters) {
        this.uploads = uploads;
        this.history = history;
        this.audited = audited;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/loads", produces = MediaType.APPLICATION_JSON_VALUE)
    AuditedLoads.Page loads(@RequestParam(required = false) String source, @RequestParam(required = false) String page,
                            @RequestParam(required = false) String size) {
        return audited.page(parameters.source("source", source), Values.wholeNumber("page", page, 0, 0,
                Integer.MAX_VALUE), Values.wholeNumber("size", size, 20, 1, MAX_PAGE));
    }

    @GetMapping(value = "/api/loads/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    AuditedReport load(@PathVariable int id) {
        LoadReport report = history.find(id).orElseThrow(() -> new RivesException(ErrorCode.NOT_FOUND, "no load " + id));
        return new AuditedReport(report, audited.loadedBy(id).orElse(null));
    }

    @PostMapping(value = "/api/loads", consumes = "multipart/form-data")
    ResponseEntity<LoadReport> upload(Caller caller, HttpServletRequest request, @RequestParam String connector,
                                      @RequestPart("file") MultipartFile file,
                                      @RequestParam(defaultValue = "false") boolean dryRun,
                                      @RequestParam(defaultValue = "false") boolean skipRejected) throws Exception {
        LoadReport report = uploads.loadNow(caller, request.getRemoteAddr(), connector, file.getOriginalFilename(),
                file.getInputStream(), file.getSize(), dryRun, skipRejected);
        return ResponseEntity.status(status(report)).body(report);
    }

    /** 201 only when a new vintage was made; identical bytes again are 200 "unchanged", as a dry run is. */
    static HttpStatus status(LoadReport report) {
        if (LoadReport.COMMITTED.equals(report.status())) {
            return HttpStatus.CREATED;
        }
        return report.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
    }
}
