package org.rives.sdmx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rives.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What the SDMX controllers share: the base path, the splitting of a REST path into its segments, and
 * error answers as the SDMX 2.1 REST API defines them (status mapped from the SDMX code, body an SDMX-ML
 * error message). These handlers sit on the controllers, so they win over the API's problem-JSON advice.
 */
abstract class SdmxEndpoint {

    static final String BASE = "/sdmx/v2.1";
    private static final Logger LOG = LoggerFactory.getLogger(SdmxEndpoint.class);

    /** The segments of a captured path ({@code /all/all/latest/} gives all, all, latest). */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>(List.of(path.replaceFirst("^/", "").split("/", -1)));
        while (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
            segments.remove(segments.size() - 1);
        }
        return segments;
    }

    @ExceptionHandler(SdmxException.class)
    void sdmxError(SdmxException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(e.error(), e.getMessage(), request, response);
    }

    @ExceptionHandler(StoreException.class)
    void storeError(StoreException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        LOG.error("store failure while answering {}", request.getRequestURI(), e);
        answer(SdmxError.INTERNAL, e.getMessage(), request, response);
    }

    private static void answer(SdmxError error, String text, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (response.isCommitted()) {
            LOG.warn("SDMX answer to {} broke off after it had started: {}", request.getRequestURI(), text);
            return;
        }
        response.reset();
        response.setStatus(error.status().value());
        boolean json = ErrorMessageWriter.wantsJson(request.getHeader(HttpHeaders.ACCEPT));
        response.setContentType(json ? ErrorMessageWriter.PROBLEM_TYPE : ErrorMessageWriter.XML_TYPE);
        response.getOutputStream().write(json ? ErrorMessageWriter.problem(error, text)
                : ErrorMessageWriter.xml(error, text));
    }
}
