package org.rives.access;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The last word on errors: Spring MVC's own (a wrong method, an unreadable body, a missing route) as
 * problem JSON, as Spring Boot's default handler does (this one replaces it), and anything no other
 * handler claimed as a 500 problem with a reference to the log, never a stack trace or an exception's
 * text. A caller's mistake has its own handler; reaching the 500 here is a bug, logged whole.
 */
@RestControllerAdvice
class UnexpectedErrors extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("unexpected failure (reference {})", reference, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "the server could "
                + "not answer this request; the operator can find what happened in the log under reference " + reference);
        problem.setTitle("Internal error");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }
}
