package org.rives.connector.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.connector.ConnectorDefinition.Remote;
import org.rives.connector.fetch.FetchResult.Outcome;
import org.rives.store.LoadReport;
import org.rives.testing.RealFeeds;
import org.rives.testing.ReplayServer;
import org.rives.testing.TestStore;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A connector's remote declarations at work against a real HTTP server: archives, pages, asynchronous answers. */
class RemoteDownloadTest {

    @TempDir
    Path work;

    private PublisherServer server;
    private final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new PublisherServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RemoteDownload download(Duration asyncMaxWait) {
        FetchSettings settings = new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(20),
                2, Duration.ofSeconds(5), Duration.ofSeconds(30), 50_000_000, Duration.ofMinutes(5), asyncMaxWait, 200,
                HostRewrite.NONE);
        return new RemoteDownload(new Fetcher(settings, waits::add));
    }

    private FetchResult fetch(Remote remote, String path) throws InterruptedException {
        return download(Duration.ofMinutes(1)).download(remote, server.uri(path).toString(), Validators.NONE, work,
                FetchProgress.NONE);
    }

    private static Remote remote(Remote.Archive archive, Remote.Paging paging, Remote.Async async) {
        return new Remote("https://publisher.example/", null, null, null, null, null, archive, paging, null, async);
    }

    private static PublisherServer.Behaviour bytes(byte[] body) {
        return PublisherServer.file(body, "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"");
    }

    @Test
    void takesTheWorldBankDataFileOutOfThePublishersZip() throws Exception {
        Path zip = RealFeeds.file("worldbank-wdi-population/API_SP.POP.TOTL_DS2_en_csv_v2_2018-04-20.zip");
        server.on("/SP.POP.TOTL", bytes(Files.readAllBytes(zip)));

        FetchResult result = fetch(remote(new Remote.Archive("zip", "API_.+\\.csv"), null, null), "/SP.POP.TOTL");

        assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
        assertThat(result.fileName()).isEqualTo("API_SP.POP.TOTL_DS2_en_csv_v2.csv");
        assertThat(Files.readAllBytes(result.file())).isEqualTo(Files.readAllBytes(
                RealFeeds.file("worldbank-wdi-population/API_SP.POP.TOTL_DS2_en_csv_v2_2018-04-20.csv")));
        assertThat(work).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("fetch-"));
    }

    @Test
    void takesTheEcbRatesOutOfTheirZip() throws Exception {
        server.on("/eurofxref-hist.zip", bytes(Files.readAllBytes(RealFeeds.file("ecb-eurofxref/eurofxref-hist_2026-04-13.zip"))));

        FetchResult result = fetch(remote(new Remote.Archive("zip", "eurofxref-hist\\.csv"), null, null),
                "/eurofxref-hist.zip");

        assertThat(result.bytes()).isEqualTo(1_891_690);
        assertThat(Files.readAllBytes(result.file())).isEqualTo(Files.readAllBytes(
                RealFeeds.file("ecb-eurofxref/eurofxref-hist_2026-04-13.csv")));
    }

    @Test
    void aZipWithoutExactlyOneMatchingMemberIsRefusedNamingItsMembers() throws Exception {
        Path zip = RealFeeds.file("worldbank-wdi-population/API_SP.POP.TOTL_DS2_en_csv_v2_2018-04-20.zip");
        server.on("/wdi.zip", bytes(Files.readAllBytes(zip)));

        FetchResult none = fetch(remote(new Remote.Archive("zip", "API_BX.+\\.csv"), null, null), "/wdi.zip");
        FetchResult several = fetch(remote(new Remote.Archive("zip", ".+\\.csv"), null, null), "/wdi.zip");

        assertThat(none.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(none.message()).startsWith("no member of the zip matches \"API_BX.+\\.csv\"")
                .contains("Metadata_Indicator_API_SP.POP.TOTL_DS2_en_csv_v2.csv", "API_SP.POP.TOTL_DS2_en_csv_v2.csv");
        assertThat(several.message()).startsWith("3 members of the zip match");
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void aMemberInflatingFarBeyondItsArchiveIsRefusedAsABomb() throws Exception {
        byte[] zeros = new byte[8 * 1024 * 1024];
        server.on("/bomb.zip", bytes(ReplayServer.zip(Map.of("API_BOMB.csv", zeros))));

        FetchResult result = fetch(remote(new Remote.Archive("zip", "API_.+\\.csv"), null, null), "/bomb.zip");

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).contains("API_BOMB.csv inflates beyond", "archive bomb");
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void gunzipsEurostatsBulkFileAndKeepsTheNameItsHeaderGives() throws Exception {
        server.on("/ert_bil_eur_m", bytes(Files.readAllBytes(RealFeeds.file("eurostat-ert/ert_bil_eur_m_bulk_2014-09.tsv.gz"))));

        FetchResult result = fetch(remote(new Remote.Archive("gzip", null), null, null), "/ert_bil_eur_m");

        assertThat(result.fileName()).isEqualTo("ert_bil_eur_m.tsv");
        assertThat(Files.readAllBytes(result.file()))
                .isEqualTo(Files.readAllBytes(RealFeeds.file("eurostat-ert/ert_bil_eur_m_bulk_2014-09.tsv")));
    }

    @Test
    void aDeclaredArchiveIsOpenedByItsOwnSignatureOrTakenAsItIs() throws Exception {
        byte[] tsv = "freq,geo\\TIME_PERIOD\t2024 \nA,ES\t1 \n".getBytes(StandardCharsets.UTF_8);
        server.on("/zipped", bytes(ReplayServer.zip(Map.of("migr_asyappctza.tsv", tsv))));
        server.on("/plain", bytes(tsv));
        Remote gzip = remote(new Remote.Archive("gzip", null), null, null);

        FetchResult zipped = fetch(gzip, "/zipped");
        FetchResult plain = fetch(gzip, "/plain");

        assertThat(Files.readAllBytes(zipped.file())).isEqualTo(tsv);
        assertThat(zipped.fileName()).isEqualTo("migr_asyappctza.tsv");
        assertThat(Files.readAllBytes(plain.file())).isEqualTo(tsv);
        assertThat(plain.message()).endsWith("not compressed: taken as it is");
    }

    @Test
    void fetchesEveryPageOfAWorldBankAnswerIntoOneFileTheReaderLoads() throws Exception {
        List<byte[]> pages = pages(RealFeeds.file("worldbank-api-json/wb_SM_POP_TOTL.json"), 4);
        server.on("/indicator", (exchange, n, s) -> {
            java.util.regex.Matcher page = java.util.regex.Pattern.compile("(?:^|&)page=(\\d+)")
                    .matcher(exchange.getRequestURI().getQuery());
            bytes(pages.get(page.find() ? Integer.parseInt(page.group(1)) - 1 : 0)).answer(exchange, n, s);
        });

        FetchResult result = fetch(remote(null, new Remote.Paging("worldbank-api", "page", null), null),
                "/indicator?format=json&per_page=862");

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.FETCHED);
        assertThat(result.attempts()).isEqualTo(4);
        assertThat(server.requests("/indicator")).isEqualTo(4);
        try (TestStore store = new TestStore(work.resolve("store"))) {
            LoadReport report = store.load("worldbank-api-migrant-stock", result.file());
            RealFeeds.committedCleanly(report);
            assertThat(RealFeeds.figures(store, "MIGR_STOCK", "true")).containsEntry("MAR 2020", "102358")
                    .containsEntry("ESP 2010", "6281193").containsEntry("PRT 2015", "864814");
        }
    }

    @Test
    void aPageThatFailsFailsTheWholeQuery() throws Exception {
        List<byte[]> pages = pages(RealFeeds.file("worldbank-api-json/wb_SM_POP_TOTL.json"), 4);
        server.on("/indicator", (exchange, n, s) -> {
            if (exchange.getRequestURI().getQuery().contains("&page=3")) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                bytes(pages.get(0)).answer(exchange, n, s);
            }
        });

        FetchResult result = fetch(remote(null, new Remote.Paging("worldbank-api", null, null), null), "/indicator?format=json");

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).startsWith("page 3 of 4: the server answered HTTP 404");
        assertThat(work).isEmptyDirectory();
    }

    /**
     * The real single-page answer cut into {@code count} pages, as the API pages it: each page the rows of its
     * slice, in order, after page information saying which page of how many it is.
     */
    private static List<byte[]> pages(Path answer, int count) {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode whole = json.readTree(answer.toFile());
        JsonNode rows = whole.get(1);
        int perPage = (rows.size() + count - 1) / count;
        List<byte[]> pages = new ArrayList<>();
        for (int page = 1; page <= count; page++) {
            ObjectNode info = ((ObjectNode) whole.get(0).deepCopy()).put("page", page).put("pages", count)
                    .put("per_page", perPage);
            ArrayNode slice = json.createArrayNode();
            for (int i = (page - 1) * perPage; i < Math.min(rows.size(), page * perPage); i++) {
                slice.add(rows.get(i));
            }
            pages.add(json.writeValueAsBytes(json.createArrayNode().add(info).add(slice)));
        }
        return pages;
    }

    private Remote.Async async(String maxWait) {
        String base = server.uri("/").toString();
        return new Remote.Async(base + "async/status/{key}", base + "async/data/{key}", maxWait);
    }

    private static byte[] answer(String status) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<S:Body><ns0:asyncResponse xmlns:ns1=\"http://estat.ec.europa.eu/disschain/asynchronous\" "
                + "xmlns:ns0=\"http://estat.ec.europa.eu/disschain/soap/asynchronous\"><ns1:status>"
                + "<ns1:key>0f164c29-0e96-4757-9b81-e9fcff8b9899</ns1:key><ns1:status>" + status + "</ns1:status>"
                + "</ns1:status></ns0:asyncResponse></S:Body></S:Envelope>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void waitsForAnAsynchronousExtractionWithGrowingPollsThenFetchesItsData() throws Exception {
        byte[] tsv = Files.readAllBytes(RealFeeds.file("eurostat-tsv/migr_asyappctza_EXT_EU27_2020_annual_2013-2024.tsv"));
        String key = "0f164c29-0e96-4757-9b81-e9fcff8b9899";
        server.on("/sdmx/data/migr_asyappctza", bytes(answer("SUBMITTED")));
        server.on("/async/status/" + key, (exchange, n, s) -> bytes(answer(n < 3 ? "PROCESSING" : "AVAILABLE"))
                .answer(exchange, n, s));
        server.on("/async/data/" + key, bytes(gzip(tsv)));

        FetchResult result = fetch(new Remote(null, null, null, null, null, null, new Remote.Archive("gzip", null), null,
                null, async(null)), "/sdmx/data/migr_asyappctza");

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.FETCHED);
        assertThat(Files.readAllBytes(result.file())).isEqualTo(tsv);
        assertThat(result.url()).endsWith("/sdmx/data/migr_asyappctza");
        assertThat(result.message()).contains("asynchronous extraction " + key);
        assertThat(server.requests("/async/status/" + key)).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Test
    void anExtractionStillPreparingAfterTheLimitFailsWithItsKey() throws Exception {
        server.on("/data", bytes(answer("SUBMITTED")));
        server.on("/async/status/0f164c29-0e96-4757-9b81-e9fcff8b9899", bytes(answer("PROCESSING")));

        FetchResult result = fetch(new Remote(null, null, null, null, null, null, null, null, null, async("PT40S")), "/data");

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).isEqualTo("the publisher was still preparing the extraction (key "
                + "0f164c29-0e96-4757-9b81-e9fcff8b9899, status PROCESSING) after 40 s; the next refresh asks again");
        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(5));
    }

    @Test
    void anExpiredExtractionFailsAtOnce() throws Exception {
        server.on("/data", bytes(answer("SUBMITTED")));
        server.on("/async/status/0f164c29-0e96-4757-9b81-e9fcff8b9899", bytes(answer("EXPIRED")));

        FetchResult result = fetch(new Remote(null, null, null, null, null, null, null, null, null, async(null)), "/data");

        assertThat(result.message()).isEqualTo("the publisher's asynchronous extraction "
                + "0f164c29-0e96-4757-9b81-e9fcff8b9899 ended with status EXPIRED");
        assertThat(waits).isEmpty();
    }

    @Test
    void anAsynchronousAnswerToAConnectorThatDeclaresNoneFailsClearly() throws Exception {
        server.on("/data", bytes(answer("SUBMITTED")));

        FetchResult result = fetch(remote(null, null, null), "/data");

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).contains("will prepare the data later", "key 0f164c29", "no remote.async");
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }
}
