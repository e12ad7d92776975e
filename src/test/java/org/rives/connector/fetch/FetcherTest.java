package org.rives.connector.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.connector.fetch.FetchResult.Outcome;
import org.rives.testing.TestStore;

/** The fetcher against a real HTTP server on 127.0.0.1: no mock of the HTTP client. */
class FetcherTest {

    private static final Path SAMPLE = TestStore.REPO.resolve(
            "sample-data/worldbank-wdi/API_SP.POP.TOTL_DS2_en_csv_v2.csv");

    @TempDir
    Path work;

    private PublisherServer server;
    private final List<Duration> waits = new ArrayList<>();
    private Fetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new PublisherServer();
        fetcher = fetcher(Duration.ofSeconds(10));
    }

    /** Patient enough for a loaded machine; the timeout tests use a short one against a server that stalls. */
    private Fetcher fetcher(Duration timeout) {
        FetchSettings settings = new FetchSettings(Duration.ofSeconds(10), timeout, timeout, 3, Duration.ofMillis(100),
                Duration.ofMillis(150), 1_000_000);
        return new Fetcher(settings, waits::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void downloadsTheFileWholeAndKeepsItsValidators() throws Exception {
        byte[] bytes = Files.readAllBytes(SAMPLE);
        server.on("/wdi.csv", PublisherServer.file(bytes, "\"v1\""));

        FetchResult result = fetcher.fetch(server.uri("/wdi.csv"), Validators.NONE, null, work);

        assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
        assertThat(Files.readAllBytes(result.file())).isEqualTo(bytes);
        assertThat(result.bytes()).isEqualTo(bytes.length);
        assertThat(result.validators()).isEqualTo(new Validators("\"v1\"", "Wed, 02 Jul 2025 10:00:00 GMT"));
        assertThat(result.attempts()).isEqualTo(1);
    }

    @Test
    void asksForTheMediaTypeTheConnectorNames() throws Exception {
        String sdmxCsv = "application/vnd.sdmx.data+csv;version=1.0.0";
        byte[] bytes = "DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        server.on("/sdmx", (exchange, request, s) -> {
            boolean csv = sdmxCsv.equals(exchange.getRequestHeaders().getFirst("Accept"));
            exchange.sendResponseHeaders(csv ? 200 : 406, csv ? bytes.length : -1);
            if (csv) {
                exchange.getResponseBody().write(bytes);
            }
        });

        assertThat(fetcher.fetch(server.uri("/sdmx"), Validators.NONE, null, work).outcome()).isNotEqualTo(Outcome.FETCHED);
        FetchResult result = fetcher.fetch(server.uri("/sdmx"), sdmxCsv, Validators.NONE, null, work);
        assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
        assertThat(Files.readAllBytes(result.file())).isEqualTo(bytes);
    }

    @Test
    void sendsTheRememberedEtagAndReportsNotModifiedOn304() throws Exception {
        server.on("/wdi.csv", PublisherServer.file(Files.readAllBytes(SAMPLE), "\"v1\""));

        FetchResult result = fetcher.fetch(server.uri("/wdi.csv"), new Validators("\"v1\"", null), null, work);

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
        assertThat(result.httpStatus()).isEqualTo(304);
        assertThat(result.file()).isNull();
        assertThat(server.ifNoneMatchSeen()).containsExactly("\"v1\"");
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void retriesAServerErrorWithGrowingWaitsThenSucceeds() throws Exception {
        PublisherServer.Behaviour file = PublisherServer.file("a,b\n".getBytes(StandardCharsets.UTF_8), "\"x\"");
        server.on("/flaky.csv", (exchange, n, s) -> {
            if (n < 3) {
                exchange.sendResponseHeaders(500 + n, -1);
            } else {
                file.answer(exchange, n, s);
            }
        });

        FetchResult result = fetcher.fetch(server.uri("/flaky.csv"), Validators.NONE, null, work);

        assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(150));
    }

    @Test
    void givesUpAfterTheLastTryOnAPersistentServerError() throws Exception {
        server.on("/down.csv", PublisherServer.status(503));

        FetchResult result = fetcher.fetch(server.uri("/down.csv"), Validators.NONE, null, work);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.httpStatus()).isEqualTo(503);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.message()).contains("HTTP 503").contains("gave up after 3 tries");
        assertThat(server.requests("/down.csv")).isEqualTo(3);
    }

    @Test
    void doesNotRetryAClientError() throws Exception {
        FetchResult result = fetcher.fetch(server.uri("/missing.csv"), Validators.NONE, null, work);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.httpStatus()).isEqualTo(404);
        assertThat(result.attempts()).isEqualTo(1);
    }

    @Test
    void abandonsAServerThatSendsNoHeadersInTime() throws Exception {
        server.on("/slow.csv", (exchange, n, s) -> s.stall());

        FetchResult result = fetcher(Duration.ofMillis(300)).fetch(server.uri("/slow.csv"), Validators.NONE, null, work);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).startsWith("timed out");
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void abandonsABodyThatStopsFlowing() throws Exception {
        server.on("/stalled.csv", (exchange, n, s) -> {
            exchange.sendResponseHeaders(200, 10_000);
            OutputStream out = exchange.getResponseBody();
            out.write(new byte[100]);
            out.flush();
            s.stall();
        });

        FetchResult result = fetcher(Duration.ofMillis(300)).fetch(server.uri("/stalled.csv"), Validators.NONE, null, work);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).startsWith("timed out").contains("while reading the body");
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void detectsABodyShorterThanAnnounced() throws Exception {
        server.on("/truncated.csv", (exchange, n, s) -> {
            exchange.sendResponseHeaders(200, 1000);
            OutputStream out = exchange.getResponseBody();
            out.write(new byte[400]);
            out.flush(); // the server then closes the exchange with 600 bytes missing
        });

        FetchResult result = fetcher.fetch(server.uri("/truncated.csv"), Validators.NONE, null, work);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).startsWith("truncated body");
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void refusesABodyAnnouncedAboveTheLimitWithoutRetrying() throws Exception {
        server.on("/big.csv", PublisherServer.file(new byte[5000], "\"big\""));

        FetchResult result = fetcher.fetch(server.uri("/big.csv"), Validators.NONE, 4096L, work);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).startsWith("too large").contains("4096");
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void stopsAStreamedBodyOnceItPassesTheLimit() throws Exception {
        server.on("/chunked.csv", (exchange, n, s) -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 20; i++) {
                    out.write(new byte[1024]);
                }
            } catch (IOException expected) {
                // the client hangs up once the limit is passed
            }
        });

        FetchResult result = fetcher.fetch(server.uri("/chunked.csv"), Validators.NONE, 4096L, work);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).startsWith("too large").contains("4096");
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void waitsAsLongAsRetryAfterSaysInSecondsOrAsADate() throws Exception {
        byte[] bytes = "a,b\n".getBytes(StandardCharsets.UTF_8);
        String inAMinute = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(90));
        server.on("/busy.csv", (exchange, n, s) -> {
            if (n == 1) {
                exchange.getResponseHeaders().add("Retry-After", "7");
                exchange.sendResponseHeaders(429, -1);
            } else if (n == 2) {
                exchange.getResponseHeaders().add("Retry-After", inAMinute);
                exchange.sendResponseHeaders(503, -1);
            } else {
                PublisherServer.file(bytes, "\"b\"").answer(exchange, n, s);
            }
        });

        FetchResult result = fetcher.fetch(server.uri("/busy.csv"), Validators.NONE, null, work);

        assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isEqualTo(Duration.ofSeconds(7));
        assertThat(waits.get(1)).isBetween(Duration.ofSeconds(80), Duration.ofSeconds(90));
    }

    @Test
    void aRetryAfterLongerThanTheCapEndsTheFetchWithoutWaiting() throws Exception {
        server.on("/later.csv", (exchange, n, s) -> {
            exchange.getResponseHeaders().add("Retry-After", "3600");
            exchange.sendResponseHeaders(503, -1);
        });

        FetchResult result = fetcher.fetch(server.uri("/later.csv"), Validators.NONE, null, work);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(waits).isEmpty();
        assertThat(result.message()).contains("HTTP 503", "retry after 3600 s", "the next refresh tries again");
    }

    @Test
    void reportsWhatThePublisherSaidWhenItRefusesTheQuery() throws Exception {
        byte[] fault = ("<S:Fault xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><faultcode>413</faultcode>"
                + "<faultstring>EXTRACTION_TOO_BIG: The requested extraction is too big, estimated 420709314 rows, "
                + "max authorised is 5000000, please change your filters</faultstring></S:Fault>")
                .getBytes(StandardCharsets.UTF_8);
        server.on("/huge", (exchange, n, s) -> {
            exchange.sendResponseHeaders(413, fault.length);
            exchange.getResponseBody().write(fault);
        });

        FetchResult result = fetcher.fetch(server.uri("/huge"), Validators.NONE, null, work);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.message()).isEqualTo("the server answered HTTP 413: EXTRACTION_TOO_BIG: The requested "
                + "extraction is too big, estimated 420709314 rows, max authorised is 5000000, please change your filters");
    }

    @Test
    void sendsAPublishersUrlToTheAddressTheRewriteNamesAndReportsThePublishersUrl() throws Exception {
        server.on("/mirror/data/x.csv", PublisherServer.file("a\n".getBytes(StandardCharsets.UTF_8), "\"m\""));
        FetchSettings settings = new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(10), 1, Duration.ZERO, Duration.ZERO, 1000)
                .withRewrite(HostRewrite.parse(java.util.List.of("https://publisher.example=" + server.uri("/mirror"))));

        FetchResult result = new Fetcher(settings, waits::add).fetch(java.net.URI.create(
                "https://publisher.example/data/x.csv"), Validators.NONE, null, work);

        assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
        assertThat(result.url()).isEqualTo("https://publisher.example/data/x.csv");
        assertThat(server.requests("/mirror/data/x.csv")).isEqualTo(1);
    }

    @Test
    void tellsTheProgressListenerHowFarTheDownloadGot() throws Exception {
        byte[] bytes = Files.readAllBytes(SAMPLE);
        server.on("/wdi.csv", PublisherServer.file(bytes, "\"p\""));
        java.util.List<long[]> updates = new java.util.concurrent.CopyOnWriteArrayList<>();

        fetcher.fetch(new Fetcher.Request(server.uri("/wdi.csv"), null, Validators.NONE, 1_000_000, work,
                (url, received, total) -> updates.add(new long[] {received, total})));

        assertThat(updates).isNotEmpty();
        assertThat(updates.get(updates.size() - 1)).containsExactly(bytes.length, bytes.length);
    }
}
