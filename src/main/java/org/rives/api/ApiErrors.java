package org.rives.api;

import java.util.NoSuchElementException;
import java.util.UUID;

import org.rives.access.UploadLimits;
import org.rives.store.StoreException;
import org.rives.store.UnknownConnectorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Every error of the API as an RFC 9457 problem document, mapped in this one place. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final Environment environment;

    ApiErrors(Environment environment) {
        this.environment = environment;
    }

    @ExceptionHandler(UnknownConnectorException.class)
    ProblemDetail unknownConnector(UnknownConnectorException e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown connector", e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail badRequest(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    /** Tomcat does not say which limit was passed (Spring reports -1): both are named. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "File too large", "the upload is larger than this server "
                + "accepts: " + UploadLimits.describe(environment));
    }

    /** A body that is not the multipart form it claims to be: the caller's mistake, said without a stack trace. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail malformedMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", "the body is not a well-formed multipart/form-data "
                + "form with a file part");
    }

    /** Logged whole for the operator, with a reference; the caller gets the reference, not the store's text. */
    @ExceptionHandler(StoreException.class)
    ProblemDetail store(StoreException e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("store failure (reference {})", reference, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Store error", "the store could not answer; the operator "
                + "can find what happened in the log under reference " + reference);
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
