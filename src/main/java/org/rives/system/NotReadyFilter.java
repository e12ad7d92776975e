package org.rives.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rives.error.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * While the server loads its samples on start, whatever is read from the store answers 503 with
 * {@code Retry-After} and a problem document saying how far the loads are, rather than the figures loaded so
 * far: a table, a CSV or an SDMX message read during the loads would look complete and be partial, and
 * clients (scripts, spreadsheets, SDMX tools, the committee page) do not read a warning header, but do know
 * 503 and {@code Retry-After}. What does not depend on the store answers at once: the page itself, the
 * catalogue, the load log and uploads, the actuator.
 */
@Component
class NotReadyFilter extends OncePerRequestFilter {

    /** Paths whose answers are read from the store's figures. */
    private static final List<String> FIGURES = List.of("/api/", "/sdmx/", "/report");
    /** Paths under those that do not depend on the figures: the catalogue is in the jar, loads are a log. */
    private static final List<String> ALWAYS = List.of("/api/catalogue", "/api/loads");
    static final int RETRY_AFTER_SECONDS = 2;

    private final StartupLoads loads;
    private final JsonMapper json;

    NotReadyFilter(StartupLoads loads, JsonMapper json) {
        this.loads = loads;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean readsFigures = FIGURES.stream().anyMatch(path::startsWith)
                && ALWAYS.stream().noneMatch(path::startsWith);
        return !readsFigures || loads.ready();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        StartupLoads.Progress progress = loads.progress();
        if (progress.ready()) {
            chain.doFilter(request, response);
            return;
        }
        boolean failed = progress.phase() == StartupLoads.Phase.FAILED;
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        if (!failed) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem(progress, failed, request.getRequestURI()));
    }

    /** A problem of the API's form ({@code code} among them), with how far the loads are. */
    private static Map<String, Object> problem(StartupLoads.Progress progress, boolean failed, String instance) {
        ErrorCode code = failed ? ErrorCode.FIGURES_NOT_LOADED : ErrorCode.FIGURES_NOT_READY;
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", code.type());
        problem.put("title", code.title());
        problem.put("status", code.status());
        problem.put("detail", detail(progress));
        problem.put("instance", instance);
        problem.put("code", code.name());
        problem.put("phase", progress.phase().code());
        problem.put("files", progress.files());
        problem.put("filesLoaded", progress.filesDone());
        return problem;
    }

    private static String detail(StartupLoads.Progress progress) {
        String retry = " Try again in " + RETRY_AFTER_SECONDS + " s.";
        return switch (progress.phase()) {
            case STARTING -> "The server is starting and has not yet looked whether it has figures to load." + retry;
            case LOADING -> "The server is loading its sample figures (" + progress.filesDone() + " of "
                    + progress.files() + " files); until they are all in, tables would be incomplete." + retry;
            case FAILED -> "The server could not load its sample figures (" + progress.failure()
                    + "); the store holds part of them only. See the server's log.";
            case READY -> "Ready.";
        };
    }
}
