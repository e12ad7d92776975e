package org.rives.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;

import org.rives.compare.Parameters;
import org.rives.compare.Values;
import org.rives.error.ErrorCode;
import org.rives.error.RivesException;
import org.rives.store.LoadHistory;
import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;
import org.rives.store.LoadService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Load reports ({@code GET /api/loads}, {@code /api/loads/{id}}) and uploads ({@code POST /api/loads}).
 * Reads are open; an upload needs the write token, and is refused outright while none is configured.
 */
@RestController
class LoadsController {

    private final LoadService service;
    private final LoadHistory history;
    private final Parameters parameters;
    private final WriteAccess access;

    LoadsController(LoadService service, LoadHistory history, Parameters parameters, WriteAccess access) {
        this.service = service;
        this.history = history;
        this.parameters = parameters;
        this.access = access;
    }

    @GetMapping(value = "/api/loads", produces = MediaType.APPLICATION_JSON_VALUE)
    List<LoadReport> loads(@RequestParam(required = false) String source,
                           @RequestParam(required = false) String limit) {
        return history.recent(parameters.source("source", source), Values.wholeNumber("limit", limit, 50, 1,
                1000));
    }

    @GetMapping(value = "/api/loads/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    LoadReport load(@PathVariable int id) {
        return history.find(id).orElseThrow(() -> new RivesException(ErrorCode.NOT_FOUND, "no load " + id));
    }

    @PostMapping(value = "/api/loads", consumes = "multipart/form-data")
    ResponseEntity<LoadReport> upload(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                      @RequestParam String connector,
                                      @RequestPart("file") MultipartFile file,
                                      @RequestParam(defaultValue = "false") boolean dryRun,
                                      @RequestParam(defaultValue = "false") boolean skipRejected) throws IOException {
        authorise(auth);
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        Path temporary = Files.createTempFile("rives-upload-", ".part");
        try {
            file.transferTo(temporary);
            LoadReport report = service.load(new LoadRequest(connector, temporary, name, dryRun, skipRejected));
            HttpStatus status = report.succeeded() ? (report.loadId() == null ? HttpStatus.OK : HttpStatus.CREATED)
                    : HttpStatus.UNPROCESSABLE_CONTENT;
            return ResponseEntity.status(status).body(report);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void authorise(String header) {
        if (!access.uploadsEnabled()) {
            throw new RivesException(ErrorCode.ACCESS_FORBIDDEN,
                    "uploads are off on this server: set rives.write-token (RIVES_WRITE_TOKEN) to enable them");
        }
        if (header == null || !header.startsWith("Bearer ")) {
            throw new RivesException(ErrorCode.AUTHENTICATION_REQUIRED,
                    "an upload needs Authorization: Bearer <token>");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, access.writeToken().getBytes(StandardCharsets.UTF_8))) {
            throw new RivesException(ErrorCode.ACCESS_FORBIDDEN, "the write token is not valid");
        }
    }
}
