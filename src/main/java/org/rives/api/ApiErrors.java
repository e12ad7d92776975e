package org.rives.api;

import java.util.List;
import java.util.UUID;

import org.rives.access.ProblemException;
import org.rives.access.Problems;
import org.rives.access.UploadLimits;
import org.rives.error.ErrorCategory;
import org.rives.error.ErrorCode;
import org.rives.error.ParameterException;
import org.rives.error.RivesException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the server as an RFC 9457 problem, mapped in this one place from its {@link ErrorCode}:
 * {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}, plus {@code code} and,
 * for a parameter, {@code parameter} and {@code accepted}. The code is decided where the error is
 * raised; Spring's own errors (a missing part, a format that cannot be given) get theirs here. An
 * error that is not the caller's is logged with its cause and answered without a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    static final String RETRY_AFTER_SECONDS = "60";

    private final Environment environment;

    ApiErrors(Environment environment) {
        this.environment = environment;
    }

    @ExceptionHandler(ParameterException.class)
    ResponseEntity<Object> parameter(ParameterException e) {
        return respond(parameterProblem(e.code(), e.getMessage(), e.parameter(), e.accepted()));
    }

    @ExceptionHandler(RivesException.class)
    ResponseEntity<Object> rives(RivesException e) {
        if (e.code() == ErrorCode.SERVER_BUSY) {
            // Not a fault: the caller is asked to come back, in a minute.
            LOG.warn("{} ({})", e.getMessage(), e.code());
            return ResponseEntity.status(e.code().status()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .contentType(PROBLEM_JSON).body(problem(e.code(), e.getMessage()));
        }
        if (e.code() == ErrorCode.STORE_FAILURE) {
            // The store's own text (DuckDB's) is for the operator, not for whoever sent the request.
            return respond(problem(e.code(), "the store could not answer; the operator can find what happened in "
                    + "the log under reference " + logged(e.getMessage() + " (" + e.code() + ")", e)));
        }
        if (e.code().category() != ErrorCategory.CALLER) {
            LOG.error("{} ({})", e.getMessage(), e.code(), e);
        }
        return respond(problem(e.code(), e.getMessage()));
    }

    /** A refusal decided where it was raised (a token, an upload's step): its problem and headers as they are. */
    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> refused(ProblemException e) {
        return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders()).contentType(PROBLEM_JSON)
                .body(e.getBody());
    }

    /** A body that is not the multipart form it claims to be: the caller's mistake, said without a stack trace. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> malformedMultipart(MultipartException e) {
        return respond(problem(ErrorCode.REQUEST_INVALID, "the body is not a well-formed multipart/form-data form "
                + "with a file part"));
    }

    /** A fault of this server that nothing classified: logged whole, answered in a sentence. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> internal(Exception e) {
        return respond(problem(ErrorCode.INTERNAL_ERROR, "an internal error occurred; the server's log has the "
                + "details under reference " + logged("internal error", e)));
    }

    /** Logs the failure whole under a short reference, which the answer gives so the two can be matched. */
    private static String logged(String what, Exception e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("{} [reference {}]", what, reference, e);
        return reference;
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return respond(parameterProblem(ErrorCode.PARAMETER_MISSING, e.getParameterName() + " is required",
                e.getParameterName(), List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        return respond(parameterProblem(ErrorCode.PARAMETER_MISSING, "the part \"" + e.getRequestPartName()
                + "\" is required", e.getRequestPartName(), List.of()));
    }

    /** A value Spring could not convert, said in the caller's words rather than Java's. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() == null ? "a parameter" : e.getPropertyName();
        List<String> accepted = TypeWords.accepted(e.getRequiredType());
        return respond(parameterProblem(ErrorCode.PARAMETER_INVALID, name + " must be " + String.join(" or ", accepted)
                + "; got \"" + e.getValue() + "\"", name, accepted));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
                                                                      HttpHeaders headers, HttpStatusCode status,
                                                                      WebRequest request) {
        List<MediaType> supported = e.getSupportedMediaTypes();
        String format = request.getParameter(Formats.PARAMETER);
        if (format != null) {
            List<String> names = Formats.namesOf(supported);
            return respond(parameterProblem(ErrorCode.FORMAT_NOT_ACCEPTABLE, "format=" + format + " is not available "
                    + "here; this endpoint gives " + String.join(", ", names), Formats.PARAMETER, names));
        }
        List<String> types = supported.stream().map(MediaType::toString).toList();
        return respond(parameterProblem(ErrorCode.FORMAT_NOT_ACCEPTABLE, "none of the types in Accept ("
                + request.getHeader(HttpHeaders.ACCEPT) + ") is available here; this endpoint gives "
                + String.join(", ", types), HttpHeaders.ACCEPT, types));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        // Tomcat does not say which limit was passed (Spring reports -1): both are named.
        return respond(problem(ErrorCode.UPLOAD_TOO_LARGE, "the upload is larger than this server accepts: "
                + UploadLimits.describe(environment)));
    }

    /** Spring's other errors (no such path, a method not allowed): their problem, with our code added. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ErrorCode code = ErrorCodes.forStatus(status.value());
        String detail = body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail()
                : code.title();
        if (code.category() != ErrorCategory.CALLER) {
            LOG.error("request failed: {}", e.getMessage(), e);
        }
        return ResponseEntity.status(code.status()).headers(headers).contentType(PROBLEM_JSON)
                .body(problem(code, detail));
    }

    static ProblemDetail problem(ErrorCode code, String detail) {
        return Problems.of(code, detail);
    }

    private static ProblemDetail parameterProblem(ErrorCode code, String detail, String parameter,
                                                  List<String> accepted) {
        ProblemDetail problem = problem(code, detail);
        problem.setProperty("parameter", parameter);
        problem.setProperty("accepted", accepted);
        return problem;
    }

    /** Problems are JSON whatever the caller asked for: {@code format=xml} still gets an explanation. */
    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM_JSON).body(problem);
    }
}
