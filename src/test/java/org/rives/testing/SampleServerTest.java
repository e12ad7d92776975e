package org.rives.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server on 127.0.0.1 and a random port, with every connector's samples loaded on start into a
 * temporary DuckDB file. Tests in any package extend it and so share one server (one Spring context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SampleServerTest {

    protected static final Path WORK = TestStore.temporaryFolder("rives-server-");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("rives.db", () -> WORK.resolve("rives.duckdb").toString());
        registry.add("rives.raw-dir", () -> WORK.resolve("raw").toString());
        registry.add("rives.home", () -> TestStore.REPO.toString());
    }

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newHttpClient();

    protected HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    protected String getText(String path) throws IOException, InterruptedException {
        return new String(get(path).body(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
