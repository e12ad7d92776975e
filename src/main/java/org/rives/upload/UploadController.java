package org.rives.upload;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.rives.access.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Uploads in steps, for the upload page and the command line:
 * <pre>
 * POST   /api/uploads?connector=C&amp;name=F[&amp;commit=true&amp;skipRejected=true]   body: the file's bytes
 *        → 202 Accepted, Location: /api/uploads/{id}; a dry run is queued (or the commit, with commit=true)
 * GET    /api/uploads/{id}          → the step's state, its place in the line, the reports when done
 * POST   /api/uploads/{id}/commit   → 202; commits the very bytes that were dry-run
 * DELETE /api/uploads/{id}          → 204; drops the file
 * GET    /api/uploads               → the caller's uploads
 * </pre>
 * The body is the file itself ({@code application/octet-stream}), not a multipart form: it is streamed
 * to disk as it arrives, and the connector is known (and the token's scope checked) before it is read.
 */
@RestController
class UploadController {

    private final UploadService uploads;

    UploadController(UploadService uploads) {
        this.uploads = uploads;
    }

    @PostMapping(value = "/api/uploads", consumes = "application/octet-stream")
    ResponseEntity<UploadView> upload(Caller caller, HttpServletRequest request, @RequestParam String connector,
                                      @RequestParam(required = false) String name,
                                      @RequestParam(defaultValue = "false") boolean commit,
                                      @RequestParam(defaultValue = "false") boolean skipRejected) throws IOException {
        Upload upload = uploads.receive(caller, request.getRemoteAddr(), connector, name, request.getInputStream(),
                request.getContentLengthLong());
        if (commit) {
            uploads.commit(upload, skipRejected);
        } else {
            uploads.dryRun(upload);
        }
        return accepted(upload);
    }

    @GetMapping("/api/uploads")
    List<UploadView> list(Caller caller) {
        return uploads.list(caller).stream().map(u -> UploadView.of(u, uploads.holdFor())).toList();
    }

    @GetMapping("/api/uploads/{id}")
    UploadView get(Caller caller, @PathVariable String id) {
        return UploadView.of(uploads.find(caller, id), uploads.holdFor());
    }

    @PostMapping("/api/uploads/{id}/commit")
    ResponseEntity<UploadView> commit(Caller caller, @PathVariable String id,
                                      @RequestParam(defaultValue = "false") boolean skipRejected) {
        Upload upload = uploads.find(caller, id);
        uploads.commit(upload, skipRejected);
        return accepted(upload);
    }

    @DeleteMapping("/api/uploads/{id}")
    ResponseEntity<Void> cancel(Caller caller, @PathVariable String id) {
        uploads.cancel(uploads.find(caller, id));
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<UploadView> accepted(Upload upload) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/uploads/" + upload.id()))
                .body(UploadView.of(upload, uploads.holdFor()));
    }
}
