package org.rives.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.rives.access.AccessAdmin;
import org.rives.access.AccessFile;
import org.rives.access.Provider;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;

/**
 * A server on a random port with two providers (HCP, Office des Changes) holding a token each, and the
 * deprecated write token set; no samples loaded. The tests of uploads and of the command line through
 * the server extend it, so they share one server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ProviderServerTest {

    public static final Path WORK = TestStore.temporaryFolder("rives-providers-");
    public static final Path HCP_SAMPLE = TestStore.REPO.resolve(
            "sample-data/hcp-ma-etrangers/population_etrangere_nationalite_rgph.csv");
    public static final String LEGACY = "legacy-write-token-for-tests";
    public static final AccessAdmin ADMIN = new AccessAdmin(new AccessFile(WORK.resolve("access.json")),
            Clock.systemUTC());
    public static final AccessAdmin.Created HCP;
    public static final AccessAdmin.Created OC;

    static {
        ADMIN.putProvider(new Provider("hcp", "Haut-Commissariat au Plan", List.of("hcp-*")));
        ADMIN.putProvider(new Provider("oc", "Office des Changes", List.of("oc-*")));
        HCP = ADMIN.createProviderToken("hcp", List.of(), null, "HCP statisticians");
        OC = ADMIN.createProviderToken("oc", List.of(), null, "Office des Changes");
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("rives.db", () -> WORK.resolve("rives.duckdb").toString());
        registry.add("rives.raw-dir", () -> WORK.resolve("raw").toString());
        registry.add("rives.access.file", () -> WORK.resolve("access.json").toString());
        registry.add("rives.load-samples-on-start", () -> "false");
        registry.add("rives.write-token", () -> LEGACY);
    }

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newHttpClient();
    protected final JsonMapper json = JsonMapper.builder().build();

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    protected HttpRequest.Builder get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** The files the server holds for uploads waiting for a commit. */
    protected static List<Path> stagedFiles() throws IOException {
        try (Stream<Path> files = Files.list(WORK.resolve("uploads"))) {
            return files.sorted().toList();
        }
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
