package org.rives.access;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error answers (a request line or headers too long, a malformed request) as RFC 9457
 * problem JSON instead of Tomcat's HTML page. These requests never reach Spring; what went wrong is
 * said in general terms, never with a parser's message or a stack trace.
 */
public final class ProblemReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", detail(status));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(body));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response is already on its way: nothing more to say
        }
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "the request could not be read: its request line or headers are malformed, or longer than "
                    + "this server accepts (a query string of a few kilobytes at most)";
            case 413 -> "the request is larger than this server accepts";
            case 414 -> "the URL is longer than this server accepts";
            case 505 -> "this server speaks HTTP/1.1";
            default -> status >= 500 ? "the server could not answer this request; the operator's log says why"
                    : "the request was refused";
        };
    }
}
