package org.rives.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.rives.testing.TestStore;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the committee page reads, over HTTP on a random port with the samples loaded on start:
 * conversions, subtotals with coverage, options, mirror, revisions, changes and asOf.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompareEndpointsTest {

    static final Path WORK = TestStore.temporaryFolder("rives-compare-");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("rives.db", () -> WORK.resolve("rives.duckdb").toString());
        registry.add("rives.raw-dir", () -> WORK.resolve("raw").toString());
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void compareInEurosCarriesTheRateSubtotalsAndOptions() throws Exception {
        JsonNode table = getJson("/api/compare?indicator=REMIT_IN&from=2022&to=2022&currency=EUR");
        JsonNode morocco = table.path("groups").get(1).path("rows").get(2).path("cells").path("2022");
        assertThat(morocco.path("unit").asString()).isEqualTo("EUR");
        assertThat(morocco.path("conversion").path("rate").decimalValue()).isEqualByComparingTo("1.053");
        assertThat(morocco.path("conversion").path("rateSource").asString()).isEqualTo("ecb-eurofxref");
        assertThat(morocco.path("conversion").path("ratePeriod").asString()).isEqualTo("2022");
        assertThat(morocco.path("comparability").path("grade").asString()).isEqualTo("comparable");
        assertThat(morocco.path("alternatives").isArray()).isTrue();
        JsonNode north = table.path("groups").get(0).path("subtotal").path("2022");
        assertThat(north.path("coverage").asString()).isEqualTo("5 of 5 countries");
        assertThat(north.path("missing").isArray()).isTrue();
        assertThat(table.path("total").path("subtotal").path("2022").path("of").asInt()).isEqualTo(10);
        assertThat(table.path("options").path("currencies").toString()).isEqualTo("[\"native\",\"USD\",\"EUR\"]");
        assertThat(table.path("options").path("shareOfGdp").asBoolean()).isTrue();
        assertThat(table.path("display").path("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void aBadCurrencyIsAProblem() throws Exception {
        HttpResponse<String> response = get("/api/compare?indicator=REMIT_IN&currency=GBP");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("currency must be USD, EUR or native");
    }

    @Test
    void compareCsvCarriesComparabilityNotesAndTotals() throws Exception {
        String csv = get("/api/compare?indicator=REMIT_IN&from=2024&to=2024&format=csv").body();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",comparability,notes");
        assertThat(csv).contains("5P5_S,5P5_S,\"South shore\",REMIT_IN,");
        assertThat(csv).contains("2024: partial year: 11 of 12 months; 2024-12 missing");
    }

    @Test
    void mirrorPutsBothReportsSideBySide() throws Exception {
        JsonNode mirror = getJson("/api/mirror?indicator=IMMIG&reporter=ESP&partner=MAR");
        assertThat(mirror.path("partner").path("indicator").asString()).isEqualTo("EMIG");
        JsonNode y2022 = mirror.path("periods").get(3);
        assertThat(y2022.path("period").asString()).isEqualTo("2022");
        assertThat(y2022.path("ratio").decimalValue()).isEqualByComparingTo("2.306");
    }

    @Test
    void revisionsAndChangesListTheVintages() throws Exception {
        JsonNode revisions = getJson("/api/revisions?indicator=REMIT_IN&area=MAR&period=2022&source=worldbank-wdi");
        assertThat(revisions.path("vintages").size()).isEqualTo(1);
        assertThat(revisions.path("vintages").get(0).path("value").asDouble()).isEqualTo(11170423192.2348);
        assertThat(revisions.path("vintages").get(0).path("loadedAt").isMissingNode()).isFalse();
        JsonNode changes = getJson("/api/changes?since=2000-01-01&indicator=XRATE_EUR");
        assertThat(changes.path("counts").path("NEW").asInt()).isEqualTo(1472);
        assertThat(changes.path("counts").path("REVISED").asInt()).isZero();
        assertThat(getJson("/api/changes?since=2000-01-01&asOf=2000-01-02").path("changes").size()).isZero();
    }

    @Test
    void asOfBeforeAnyLoadShowsNothing() throws Exception {
        assertThat(getJson("/api/compare?indicator=REMIT_IN&asOf=2000-01-01").path("periods").size()).isZero();
        assertThat(getJson("/api/mirror?indicator=IMMIG&reporter=ESP&partner=MAR&asOf=2000-01-01")
                .path("periods").size()).isZero();
    }
}
