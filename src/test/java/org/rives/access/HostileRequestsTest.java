package org.rives.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rives.testing.TestStore;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests an attacker or a careless client would send, each answered with RFC 9457 problem JSON and a
 * status that says whose mistake it was, never a 500 or a stack trace in the log; run in a JVM of 256 MB
 * (the {@code small-heap} Surefire execution), where an oversized upload must cost a buffer, not its size.
 */
@Tag("small-heap")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest {

    static final Path WORK = TestStore.temporaryFolder("rives-hostile-");
    static final Path HCP_SAMPLE = TestStore.REPO.resolve(
            "sample-data/hcp-ma-etrangers/population_etrangere_nationalite_rgph.csv");
    static final String ADMIN = new AccessAdmin(new AccessFile(WORK.resolve("access.json")), Clock.systemUTC())
            .createAdminToken(null, "hostile tests").token();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("rives.db", () -> WORK.resolve("rives.duckdb").toString());
        registry.add("rives.raw-dir", () -> WORK.resolve("raw").toString());
        registry.add("rives.load-samples-on-start", () -> "false");
        registry.add("spring.servlet.multipart.max-file-size", () -> "8MB");
        registry.add("spring.servlet.multipart.max-request-size", () -> "9MB");
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aFileNamedSlashOrAPathIsReportedByItsLastSegmentAndNothingIsWrittenThere(CapturedOutput output) throws Exception {
        int mark = output.length();
        byte[] body = Files.readAllBytes(HCP_SAMPLE);
        JsonNode slash = json.readTree(problemFree(multipart("hcp-ma-etrangers", "/", body, ADMIN), output, mark).body());
        assertThat(slash.path("file").asString()).isEqualTo("upload");
        JsonNode traversal = json.readTree(problemFree(multipart("hcp-ma-etrangers", "../../../../tmp/evil.csv", body,
                ADMIN), output, mark).body());
        assertThat(traversal.path("file").asString()).isEqualTo("evil.csv");
        JsonNode windows = json.readTree(problemFree(multipart("hcp-ma-etrangers", "..\\..\\C:\\x\\rgph.csv", body,
                ADMIN), output, mark).body());
        assertThat(windows.path("file").asString()).isEqualTo("rgph.csv");
        assertThat(Path.of("/tmp/evil.csv")).doesNotExist();
        try (Stream<Path> files = Files.walk(WORK)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("evil.csv", "rgph.csv");
        }
    }

    @Test
    void identicalBytesAgainAre200UnchangedNot201(CapturedOutput output) throws Exception {
        byte[] body = Files.readString(HCP_SAMPLE).replace("Syrie;5 640", "Syrie;5 641").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> first = multipart("hcp-ma-etrangers", "rgph.csv", body, ADMIN);
        assertThat(first.statusCode()).isEqualTo(201);
        HttpResponse<String> again = multipart("hcp-ma-etrangers", "rgph.csv", body, ADMIN);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).path("status").asString()).isEqualTo("unchanged");
    }

    @Test
    void malformedMultipartIs401WithoutATokenAnd400WithOneNeverAStackTrace(CapturedOutput output) throws Exception {
        int mark = output.length();
        HttpRequest.Builder broken = HttpRequest.newBuilder(uri("/api/loads"))
                .header("Content-Type", "multipart/form-data; boundary=zzz")
                .POST(HttpRequest.BodyPublishers.ofString("--zzz\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"a.csv\"\r\n\r\nabc"));
        assertProblem(send(broken.copy()), 401, "needs a token");
        assertProblem(send(broken.copy().header("Authorization", "Bearer " + ADMIN)), 400, "multipart");
        assertNoStackTraceSince(output, mark);
    }

    @Test
    void anAsOfBeyondTheStoresCalendarIs400WithoutTheDatabasesText(CapturedOutput output) throws Exception {
        int mark = output.length();
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                uri("/api/observations?asOf=%2B999999999-12-31T23:59:59Z")));
        assertProblem(response, 400, "asOf must lie between");
        assertThat(response.body()).doesNotContain("overflow", "DuckDB", "Error");
        assertNoStackTraceSince(output, mark);
    }

    @Test
    void aHundredKilobyteQueryStringGetsProblemJsonNotTomcatsPage() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/observations?indicator="
                + "A".repeat(100 * 1024))));
        assertProblem(response, 400, "request line or headers");
        assertThat(response.body()).doesNotContain("<html", "Tomcat");
    }

    @Test
    void anAnnouncedOversizedUploadIs413BeforeOneByteOfItIsSent() throws Exception {
        try (Socket socket = upload("big.csv", "Content-Length: 1073741824\r\nExpect: 100-continue")) {
            String answer = new String(readAnswer(socket.getInputStream()), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").doesNotContain("100 Continue")
                    .contains("application/problem+json", "9 MB (9437184 bytes) at most");
        }
    }

    @Test
    void aMultipartFileOverTheFileLimitIs413NamingTheRealLimits(CapturedOutput output) throws Exception {
        int mark = output.length();
        HttpResponse<String> multipart = multipart("hcp-ma-etrangers", "big.csv", new byte[8 * 1024 * 1024 + 1024], ADMIN);
        assertProblem(multipart, 413, "a file of 8 MB (8388608 bytes) at most, a whole request of 9 MB");
        assertThat(multipart.body()).doesNotContain("-1 bytes");
        assertNoStackTraceSince(output, mark);
    }

    @Test
    void anOversizedUploadOfUnannouncedLengthIsCutAtTheLimitAndCostsABufferNotItsSize() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long peak = before;
        long offered = 256L * 1024 * 1024;
        long sent = 0;
        String answer = "";
        try (Socket socket = upload("huge.csv", "Transfer-Encoding: chunked")) {
            OutputStream out = socket.getOutputStream();
            byte[] chunk = ("10000\r\n" + "0".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                while (sent < offered) {
                    out.write(chunk);
                    sent += 0x10000;
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                }
            } catch (java.io.IOException closedByTheServer) {
                // the server stopped reading at the limit and closed the connection: what is measured here
            }
            try {
                answer = new String(readAnswer(socket.getInputStream()), StandardCharsets.UTF_8);
            } catch (java.io.IOException reset) {
                // the answer may be lost with the reset; the server side is checked below either way
            }
        }
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("oversized upload of unannounced length (%d MB offered, limit 8 MB, -Xmx%d MB): the server "
                        + "stopped reading after %d MB; heap used %d MB before, %d MB at most while it streamed, %d MB "
                        + "after%n", offered >> 20, Runtime.getRuntime().maxMemory() >> 20, sent >> 20, before >> 20,
                peak >> 20, after >> 20);
        assertThat(sent).isLessThan(64L * 1024 * 1024);
        assertThat(answer.isEmpty() || answer.startsWith("HTTP/1.1 413")).as(answer).isTrue();
        assertThat(after - before).isLessThan(16L * 1024 * 1024);
        try (Stream<Path> staged = Files.list(WORK.resolve("uploads"))) {
            assertThat(staged).isEmpty();
        }
    }

    @Test
    void formulaLeadingFlagsReachTheCsvAsTextAndNumbersStayNumbers() throws Exception {
        Path sample = TestStore.REPO.resolve("sample-data/eurostat-asylum-sdmx/tps00191_asylum_applicants_labels.csv");
        java.util.List<String> lines = Files.readAllLines(sample);
        String[] flags = {"\"=HYPERLINK(\"\"http://x.example/?q\"\",\"\"see\"\")\"", "@SUM(1+1)",
                "+1+cmd|'/C calc'!A0", "-2+3+cmd|'/C calc'!A0"};
        StringBuilder file = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 0; i < flags.length; i++) {
            String row = lines.get(1 + i);
            file.append(row, 0, row.length() - 2).append(',').append(flags[i]).append(",\n");
        }
        HttpResponse<String> loaded = multipart("eurostat-asylum-sdmx", "flags.csv",
                file.toString().getBytes(StandardCharsets.UTF_8), ADMIN);
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(201);
        String csv = send(HttpRequest.newBuilder(uri("/api/observations?source=eurostat-asylum-sdmx&format=csv"))).body();
        assertThat(csv).contains("'=HYPERLINK(\"\"http://x.example/?q\"\",\"\"see\"\")", "'@SUM(1+1)",
                "'+1+cmd|'/C calc'!A0", "'-2+3+cmd|'/C calc'!A0", ",17500,");
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).doesNotContain(",=", ",@", ",+", ",-2",
                ",\"="));
    }

    @Test
    void theLoadListIsPagedAndBounded() throws Exception {
        JsonNode page = json.readTree(send(HttpRequest.newBuilder(uri("/api/loads?page=0&size=1"))).body());
        assertThat(page.path("size").asInt()).isEqualTo(1);
        assertThat(page.path("items").size()).isLessThanOrEqualTo(1);
        assertThat(page.has("total")).isTrue();
        assertProblem(send(HttpRequest.newBuilder(uri("/api/loads?size=100000"))), 400, "size between 1 and 200");
    }

    HttpResponse<String> problemFree(HttpResponse<String> response, CapturedOutput output, int mark) {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201, 422);
        assertNoStackTraceSince(output, mark);
        return response;
    }

    void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).contains(detail);
    }

    static void assertNoStackTraceSince(CapturedOutput output, int mark) {
        assertThat(output.getAll().substring(mark)).doesNotContain("\tat ", "Exception:");
    }

    HttpResponse<String> multipart(String connector, String fileName, byte[] file, String token) throws Exception {
        return send(multipartRequest(connector, fileName, file, token));
    }

    HttpRequest.Builder multipartRequest(String connector, String fileName, byte[] file, String token) {
        String boundary = UUID.randomUUID().toString();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"connector\"\r\n\r\n" + connector
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName.replace("\"", "%22") + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return HttpRequest.newBuilder(uri("/api/loads")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError("the server dropped the connection instead of answering", e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A raw connection that has sent the head of an upload (with these framing headers) and no body yet. */
    Socket upload(String name, String framing) throws java.io.IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
        socket.getOutputStream().write(("POST /api/uploads?connector=hcp-ma-etrangers&name=" + name + " HTTP/1.1\r\n"
                + "Host: x\r\nAuthorization: Bearer " + ADMIN + "\r\nContent-Type: application/octet-stream\r\n"
                + framing + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** Reads what the server answered on a raw socket, up to the end of a short problem document. */
    static byte[] readAnswer(InputStream in) throws java.io.IOException {
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int read = in.read(buffer); read > 0 && total < buffer.length; read = in.read(buffer, total,
                buffer.length - total)) {
            total += read;
            if (new String(buffer, 0, total, StandardCharsets.UTF_8).contains("}")) {
                break;
            }
        }
        return Arrays.copyOf(buffer, total);
    }
}
