package org.rives.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one server every HTTP test talks to: the application on a random port, on a temporary DuckDB
 * file, with the repository's connectors and their samples loaded once on start. Every server test
 * extends this class and declares nothing that would change the Spring context, so that the context
 * (and its store) is built once per test run and shared. Tests read the store and never change it:
 * an upload test uses a dry run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServerTest {

    public static final String TOKEN = "test-token";
    protected static final Path WORK = TestStore.temporaryFolder("rives-server-");

    /** Numbers read as written (1.50 stays 1.50), so that figures are compared digit for digit. */
    protected static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("rives.db", () -> WORK.resolve("rives.duckdb").toString());
        registry.add("rives.raw-dir", () -> WORK.resolve("raw").toString());
        registry.add("rives.home", () -> TestStore.REPO.toString());
        registry.add("rives.write-token", () -> TOKEN);
        registry.add("spring.servlet.multipart.max-file-size", () -> "100KB");
        registry.add("spring.servlet.multipart.max-request-size", () -> "120KB");
    }

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newHttpClient();

    /** The server's root URL; a subclass serving one part of the server (SDMX) may point it there. */
    protected String base() {
        return root();
    }

    private String root() {
        return "http://127.0.0.1:" + port;
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return getAccepting(path, null);
    }

    /** A GET with the given Accept header (none when null). */
    protected HttpResponse<String> getAccepting(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(root() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The JSON answer of a GET that must succeed. */
    protected JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("%s: %.300s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The build folder ({@code target/} or {@code -Drives.build.dir}): where test-classes are. */
    public static Path buildDir() {
        try {
            return Path.of(ServerTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
