package org.rives.web;

import java.nio.charset.StandardCharsets;

import org.rives.compare.Values;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /report?since=&lang=}: the printable follow-up report. */
@RestController
class ReportController {

    private final FollowUpReport report;

    ReportController(FollowUpReport report) {
        this.report = report;
    }

    @GetMapping(value = "/report", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> report(@RequestParam(required = false) String since,
                                  @RequestParam(required = false) String lang) {
        String html = report.html(Values.optionalSince("since", since), Values.language("lang", lang), true);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }
}
