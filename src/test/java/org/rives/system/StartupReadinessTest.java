package org.rives.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rives.testing.DuringStartupLoads;
import org.rives.testing.HeldSampleLoads;
import org.rives.testing.HeldStart;
import org.rives.testing.TestStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Ready means ready: a server on a new store answers as soon as it has started, but its readiness stays down, and
 * what it would read from the store answers 503, while its samples load (held back here after the first file);
 * once they are all in, it is ready and serves the figures, and its log says so. docker compose's healthcheck, run
 * as written against this server, agrees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(HeldSampleLoads.class)
@DuringStartupLoads
@ExtendWith(OutputCaptureExtension.class)
class StartupReadinessTest {

    static final Path WORK = HeldStart.folder("rives-startup-");
    static final String REMITTANCES = "/api/compare?indicator=REMIT_IN&areas=5P5&from=2022&to=2022";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        HeldStart.register(registry, WORK);
    }

    @Autowired
    HeldSampleLoads held;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void notReadyWhileTheSamplesLoadThenReadyWithEveryFigure(CapturedOutput output) throws Exception {
        try {
            whileTheSamplesLoad();
        } finally {
            held.release();
        }
        awaitReadiness();
        HttpResponse<String> table = get(REMITTANCES);
        assertThat(table.statusCode()).isEqualTo(200);
        assertThat(table.body()).contains("\"value\":11170423192.2348");
        assertThat(json.readTree(get("/actuator/health/readiness").body()).path("status").asString()).isEqualTo("UP");
        assertThat(composeHealthcheck()).as("docker compose's healthcheck once ready").isZero();
        String log = output.getOut();
        // Spring's "Started" (the context is up) comes first, then the line that says the figures are in.
        String started = "Started " + getClass().getSimpleName() + " in ";
        assertThat(log).contains(started, "Ready: 1 source loaded in ");
        assertThat(log.indexOf("Ready: 1 source loaded")).isGreaterThan(log.indexOf(started));
    }

    /** Alive and answering, not ready; the first file (remittances) is in the store, the others are not. */
    private void whileTheSamplesLoad() throws Exception {
        held.awaitFirstSample();

        HttpResponse<String> liveness = get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(liveness.body()).path("status").asString()).isEqualTo("UP");
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        JsonNode loads = json.readTree(readiness.body()).path("components").path("startupLoads");
        assertThat(loads.path("status").asString()).isEqualTo("OUT_OF_SERVICE");
        assertThat(loads.path("details").path("files").asInt()).isEqualTo(HeldStart.sampleFiles());
        assertThat(loads.path("details").path("filesLoaded").asInt()).isLessThan(HeldStart.sampleFiles());

        // The table is refused rather than served partial.
        HttpResponse<String> compare = get(REMITTANCES);
        assertThat(compare.statusCode()).isEqualTo(503);
        assertThat(compare.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(compare.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(compare.body());
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("code").asString()).isEqualTo("FIGURES_NOT_READY");
        assertThat(problem.path("type").asString()).isEqualTo("urn:rives:problem:figures-not-ready");
        assertThat(problem.path("detail").asString()).contains("of " + HeldStart.sampleFiles() + " files");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/compare");
        assertThat(get("/sdmx/v2.1/data/DF_MIGRATION/all/all").statusCode()).isEqualTo(503);
        assertThat(get("/api/sources").statusCode()).isEqualTo(503);
        assertThat(get("/report").statusCode()).isEqualTo(503);
        // What does not depend on the figures answers: the catalogue, the load log, the page.
        assertThat(get("/api/catalogue").statusCode()).isEqualTo(200);
        assertThat(get("/api/loads").statusCode()).isEqualTo(200);
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(composeHealthcheck()).as("docker compose's healthcheck while loading").isNotZero();
    }

    /** Runs the healthcheck of docker-compose.yml against this server; its exit status (0: healthy). */
    private int composeHealthcheck() throws Exception {
        JsonNode test = new YAMLMapper().readTree(TestStore.REPO.resolve("docker-compose.yml").toFile())
                .path("services").path("rives").path("healthcheck").path("test");
        assertThat(test.get(0).asString()).isEqualTo("CMD");
        List<String> command = new ArrayList<>();
        // Compose writes a dollar as $$; the container listens on 8080, this server on its own port.
        test.forEach(word -> command.add(word.asString().replace("$$", "$").replace("/8080", "/" + port)));
        Process check = new ProcessBuilder(command.subList(1, command.size())).redirectErrorStream(true).start();
        check.getInputStream().transferTo(OutputStream.nullOutputStream());
        return check.waitFor();
    }

    private void awaitReadiness() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (get("/actuator/health/readiness").statusCode() != 200) {
            assertThat(System.nanoTime()).as("readiness within 5 minutes").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
