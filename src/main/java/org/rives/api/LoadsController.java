package org.rives.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;

import org.rives.store.Database;
import org.rives.store.LoadLog;
import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;
import org.rives.store.LoadService;
import org.rives.store.StoreException;
import org.rives.system.RivesProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
    private final Database database;
    private final LoadLog log;
    private final RivesProperties properties;

    LoadsController(LoadService service, Database database, LoadLog log, RivesProperties properties) {
        this.service = service;
        this.database = database;
        this.log = log;
        this.properties = properties;
    }

    @GetMapping("/api/loads")
    List<LoadReport> loads(@RequestParam(required = false) String source,
                           @RequestParam(defaultValue = "50") int limit) {
        try (Database.ReadConnection read = database.read()) {
            return log.list(read.connection(), source, Math.max(1, Math.min(limit, 1000)));
        } catch (SQLException e) {
            throw new StoreException("cannot read loads: " + e.getMessage(), e);
        }
    }

    @GetMapping("/api/loads/{id}")
    LoadReport load(@PathVariable int id) {
        try (Database.ReadConnection read = database.read()) {
            return log.find(read.connection(), id).orElseThrow(() -> new NoSuchElementException("no load " + id));
        } catch (SQLException e) {
            throw new StoreException("cannot read load " + id + ": " + e.getMessage(), e);
        }
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
        if (!properties.uploadsEnabled()) {
            throw new AccessDeniedException(HttpStatus.FORBIDDEN,
                    "uploads are off on this server: set rives.write-token (RIVES_WRITE_TOKEN) to enable them");
        }
        if (header == null || !header.startsWith("Bearer ")) {
            throw new AccessDeniedException(HttpStatus.UNAUTHORIZED, "an upload needs Authorization: Bearer <token>");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, properties.writeToken().getBytes(StandardCharsets.UTF_8))) {
            throw new AccessDeniedException(HttpStatus.FORBIDDEN, "the write token is not valid");
        }
    }
}
