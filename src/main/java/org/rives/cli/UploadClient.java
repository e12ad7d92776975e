package org.rives.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.rives.store.LoadReport;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code rives load} through a running server, when the server holds the store: the token's scope and
 * the server's size limit are asked first ({@code GET /api/me}), so that a refusal is a sentence rather
 * than a connection cut half-way through a large file; then the file is streamed to
 * {@code POST /api/uploads} and its step followed until the report is ready, saying while it waits how
 * many writes are ahead.
 */
final class UploadClient {

    /** The server refused or could not be reached; the message is one line for the terminal. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final URI server;
    private final String token;
    private final PrintStream progress;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    UploadClient(URI server, String token, PrintStream progress) {
        this.server = server;
        this.token = token;
        this.progress = progress;
    }

    LoadReport load(String connector, Path file, boolean dryRun, boolean skipRejected)
            throws IOException, InterruptedException, Refused {
        JsonNode me = send(request("/api/me").GET());
        if (!me.path("connectors").findValuesAsString("id").contains(connector)) {
            throw new Refused("token " + me.path("token").asString() + " may not load " + connector + "; it may load: "
                    + me.path("connectors").findValuesAsString("id"));
        }
        long limit = me.path("maxUploadBytes").asLong(Long.MAX_VALUE);
        if (Files.size(file) > limit) {
            throw new Refused(file + " is " + Files.size(file) + " bytes; the server accepts " + limit + " at most");
        }
        String query = "connector=" + encode(connector) + "&name=" + encode(file.getFileName().toString())
                + "&commit=" + !dryRun + "&skipRejected=" + skipRejected;
        JsonNode upload = send(request("/api/uploads?" + query)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofFile(file)));
        String id = upload.path("id").asString();
        int shown = -1;
        while (!finished(upload)) {
            int position = upload.path("position").asInt(0);
            if (position != shown && position > 0) {
                progress.println("waiting: " + position + " write(s) ahead in the server's queue");
            }
            shown = position;
            Thread.sleep(500);
            upload = send(request("/api/uploads/" + id).GET());
        }
        if (!"done".equals(upload.path("state").asString())) {
            throw new Refused("the server could not load the file: " + upload.path("problem").asString("(no reason given)"));
        }
        LoadReport report = JSON.treeToValue(upload.path(dryRun ? "dryRun" : "commit").path("report"), LoadReport.class);
        if (dryRun) {
            send(request("/api/uploads/" + id).DELETE());
        }
        return report;
    }

    private static boolean finished(JsonNode upload) {
        String state = upload.path("state").asString();
        return "done".equals(state) || "failed".equals(state) || "cancelled".equals(state);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofMinutes(10));
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException, Refused {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new Refused("no Rives server answers at " + server + " (is it running? is --server right?)");
        }
        if (response.statusCode() >= 400) {
            String detail;
            try {
                detail = JSON.readTree(response.body()).path("detail").asString(response.body());
            } catch (RuntimeException e) {
                detail = "HTTP " + response.statusCode();
            }
            throw new Refused("the server refused the load (" + response.statusCode() + "): " + detail);
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
