package org.rives.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.rives.testing.TestStore;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server on a random port with the repository's connectors and their samples loaded on start, on
 * a temporary DuckDB file. The web tests extend it so that they share one server (one Spring context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WebServerTest {

    static final Path WORK = TestStore.temporaryFolder("rives-web-");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("rives.db", () -> WORK.resolve("rives.duckdb").toString());
        registry.add("rives.raw-dir", () -> WORK.resolve("raw").toString());
        registry.add("rives.home", () -> TestStore.REPO.toString());
    }

    @LocalServerPort
    int port;

    String base() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The build folder ({@code target/} or {@code -Drives.build.dir}): where test-classes are. */
    static Path buildDir() {
        try {
            return Path.of(WebServerTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
