package org.rives.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rives.testing.TestStore;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server on a random port over real HTTP, with the sample data loaded on start: reads are open,
 * uploads need the token and have a size limit, metrics are exposed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiEndToEndTest {

    static final String TOKEN = "test-token";
    static final Path WORK = TestStore.temporaryFolder("rives-api-");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("rives.db", () -> WORK.resolve("rives.duckdb").toString());
        registry.add("rives.raw-dir", () -> WORK.resolve("raw").toString());
        registry.add("rives.write-token", () -> TOKEN);
        registry.add("spring.servlet.multipart.max-file-size", () -> "100KB");
        registry.add("spring.servlet.multipart.max-request-size", () -> "120KB");
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void compareGivesBothShoresWithThePublishedFigure() throws Exception {
        HttpResponse<String> response = get("/api/compare?indicator=REMIT_IN&areas=5P5&from=2015&to=2023", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"value\":11170423192.2348");
        JsonNode table = json.readTree(response.body());
        assertThat(table.path("periods").size()).isEqualTo(9);
        assertThat(table.path("groups").get(0).path("code").asString()).isEqualTo("5P5_N");
        assertThat(table.path("groups").get(0).path("rows").size()).isEqualTo(5);
        JsonNode south = table.path("groups").get(1);
        assertThat(south.path("code").asString()).isEqualTo("5P5_S");
        JsonNode morocco = south.path("rows").get(2);
        assertThat(morocco.path("area").asString()).isEqualTo("MAR");
        JsonNode cell = morocco.path("cells").path("2022");
        assertThat(cell.path("unit").asString()).isEqualTo("USD");
        assertThat(cell.path("status").asString()).isEqualTo("A");
        assertThat(cell.path("source").asString()).isEqualTo("worldbank-wdi");
    }

    @Test
    void compareAsCsvByAcceptHeaderOrFormat() throws Exception {
        HttpResponse<String> byAccept = get("/api/compare?indicator=REMIT_IN&areas=5P5&from=2022&to=2022", "text/csv");
        HttpResponse<String> byFormat = get("/api/compare?indicator=REMIT_IN&areas=5P5&from=2022&to=2022&format=csv", null);
        assertThat(byAccept.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(byAccept.body()).isEqualTo(byFormat.body());
        assertThat(byAccept.body().lines()).contains(
                "shore,area,area_name,indicator,unit,unit_mult,2022,\"2022 flag\",\"2022 source\",comparability,notes",
                "5P5_S,MAR,Morocco,REMIT_IN,USD,0,11170423192.2348,A,worldbank-wdi,comparable,",
                "5P5_S,LBY,Libya,REMIT_IN,USD,0,0,A,worldbank-wdi,comparable,");
    }

    @Test
    void observationsFilterAndPage() throws Exception {
        JsonNode page = json.readTree(get("/api/observations?indicator=ASYL_APP&area=ES&freq=A&from=2019&to=2024&source=eurostat-asylum&size=4",
                null).body());
        assertThat(page.path("total").asLong()).isEqualTo(6);
        assertThat(page.path("items").size()).isEqualTo(4);
        assertThat(page.path("items").get(0).path("refArea").asString()).isEqualTo("ESP");
        assertThat(page.path("items").get(0).path("value").asLong()).isEqualTo(117800);
        JsonNode second = json.readTree(get("/api/observations?indicator=ASYL_APP&area=ES&freq=A&from=2019&to=2024"
                + "&source=eurostat-asylum&size=4&page=1", null).body());
        assertThat(second.path("items").size()).isEqualTo(2);
        assertThat(second.path("items").get(1).path("timePeriod").asString()).isEqualTo("2024");
    }

    @Test
    void observationsAsSdmxCsv() throws Exception {
        HttpResponse<String> response = get("/api/observations?indicator=REMIT_IN&area=MAR&from=2022&to=2022&source=worldbank-wdi",
                "application/vnd.sdmx.data+csv");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/vnd.sdmx.data+csv"));
        assertThat(response.body().lines()).containsExactly(
                "DATAFLOW,FREQ,INDICATOR,REF_AREA,COUNTERPART_AREA,SEX,AGE,BREAKDOWN,SOURCE,TIME_PERIOD,OBS_VALUE,"
                        + "UNIT_MEASURE,UNIT_MULT,OBS_STATUS",
                "\"RIVES:DF_MIGRATION(1.0)\",A,REMIT_IN,MAR,_T,_T,_T,_T,worldbank-wdi,2022,11170423192.2348,USD,0,A");
    }

    @Test
    void catalogueSourcesAndLoadReportsAreOpen() throws Exception {
        JsonNode catalogue = json.readTree(get("/api/catalogue", null).body());
        assertThat(catalogue.path("indicators").toString()).contains("REMIT_IN", "Envois de fonds personnels reçus");
        JsonNode sources = json.readTree(get("/api/sources", null).body());
        assertThat(sources.path("sources").toString()).contains("worldbank-wdi", "CC BY 4.0");
        JsonNode load = json.readTree(get("/api/loads/1", null).body());
        assertThat(load.path("status").asString()).isEqualTo("committed");
        assertThat(get("/api/loads/9999", null).statusCode()).isEqualTo(404);
    }

    @Test
    void uploadsNeedTheTokenAndReportRejections() throws Exception {
        byte[] bad = ("Country Name,Country Code,Indicator Name,Indicator Code,2022\n"
                + "Atlantis,ATL,x,BX.TRF.PWKR.CD.DT,1\n").getBytes(StandardCharsets.UTF_8);
        assertThat(upload(bad, null).statusCode()).isEqualTo(401);
        assertThat(upload(bad, "wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> rejected = upload(bad, TOKEN);
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("unknown area code \\\"ATL\\\"").contains("\"line\":2");
    }

    @Test
    void anOversizedUploadIsRefusedWith413() throws Exception {
        byte[] big = new byte[300 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        HttpResponse<String> response = upload(big, TOKEN);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("File too large");
    }

    @Test
    void prometheusShowsLoadCounters() throws Exception {
        String metrics = get("/actuator/prometheus", null).body();
        assertThat(metrics).contains("rives_loads_total{connector=\"worldbank-wdi\",status=\"committed\"}");
        assertThat(metrics).contains("rives_rows_loaded_total{connector=\"worldbank-wdi\"}");
        assertThat(metrics).contains("rives_rows_rejected_total");
    }

    private HttpResponse<String> upload(byte[] file, String token) throws Exception {
        String boundary = UUID.randomUUID().toString();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"connector\"\r\n\r\nworldbank-wdi\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bad.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/loads"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
