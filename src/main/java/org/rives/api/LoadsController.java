package org.rives.api;

import java.sql.SQLException;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.rives.access.Caller;
import org.rives.access.LoadHistory;
import org.rives.store.Database;
import org.rives.store.LoadLog;
import org.rives.store.LoadReport;
import org.rives.store.StoreException;
import org.rives.upload.UploadService;
import org.springframework.http.HttpStatus;
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
    record AuditedReport(@JsonUnwrapped LoadReport report, LoadHistory.LoadedBy loadedBy) {
    }

    private final UploadService uploads;
    private final Database database;
    private final LoadLog log;
    private final LoadHistory history;

    LoadsController(UploadService uploads, Database database, LoadLog log, LoadHistory history) {
        this.uploads = uploads;
        this.database = database;
        this.log = log;
        this.history = history;
    }

    @GetMapping("/api/loads")
    LoadHistory.Page loads(@RequestParam(required = false) String source, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE);
        }
        try (Database.ReadConnection read = database.read()) {
            return history.page(read.connection(), source, page, size);
        } catch (SQLException e) {
            throw new StoreException("cannot read loads: " + e.getMessage(), e);
        }
    }

    @GetMapping("/api/loads/{id}")
    AuditedReport load(@PathVariable int id) {
        try (Database.ReadConnection read = database.read()) {
            LoadReport report = log.find(read.connection(), id).orElseThrow(() -> new NoSuchElementException("no load " + id));
            return new AuditedReport(report, history.loadedBy(read.connection(), id).orElse(null));
        } catch (SQLException e) {
            throw new StoreException("cannot read load " + id + ": " + e.getMessage(), e);
        }
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
