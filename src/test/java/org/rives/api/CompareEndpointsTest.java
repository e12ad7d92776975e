package org.rives.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rives.testing.TableJson.cell;
import static org.rives.testing.TableJson.group;
import static org.rives.testing.TableJson.pair;

import org.junit.jupiter.api.Test;
import org.rives.testing.ServerTest;

import tools.jackson.databind.JsonNode;

/**
 * The JSON the committee page reads, over HTTP with the samples loaded on start: conversions,
 * subtotals with coverage, options, mirror, revisions, changes and asOf.
 */
class CompareEndpointsTest extends ServerTest {

    @Test
    void compareInEurosCarriesTheRateSubtotalsAndOptions() throws Exception {
        JsonNode table = json("/api/compare?indicator=REMIT_IN&from=2022&to=2022&currency=EUR");
        JsonNode morocco = cell(table, "MAR", "2022");
        assertThat(morocco.path("unit").asString()).isEqualTo("EUR");
        assertThat(morocco.path("conversion").path("rate").decimalValue()).isEqualByComparingTo("1.053");
        assertThat(morocco.path("conversion").path("rateSource").asString()).isEqualTo("ecb-eurofxref");
        assertThat(morocco.path("conversion").path("ratePeriod").asString()).isEqualTo("2022");
        assertThat(morocco.path("comparability").path("grade").asString()).isEqualTo("comparable");
        assertThat(morocco.path("alternatives").isArray()).isTrue();
        JsonNode north = group(table, "5P5_N").path("subtotal").path("2022");
        assertThat(north.path("coverage").asString()).isEqualTo("5 of 5 countries");
        assertThat(north.path("missing").isArray()).isTrue();
        assertThat(table.path("total").path("subtotal").path("2022").path("of").asInt()).isEqualTo(10);
        assertThat(table.path("options").path("currencies").valueStream().map(JsonNode::asString))
                .containsExactly("native", "USD", "EUR");
        assertThat(table.path("options").path("shareOfGdp").asBoolean()).isTrue();
        assertThat(table.path("display").path("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void seaArrivalsSummedFromDailyReportsSayTheyFallShortOfTheYearsTotal() throws Exception {
        JsonNode table = json("/api/compare?indicator=SEA_ARRIVALS&freq=M&from=2023-12&to=2023-12&lang=fr");
        JsonNode italy = cell(table, "ITA", "2023-12");
        assertThat(italy.path("value").decimalValue()).isEqualByComparingTo("5237");
        assertThat(italy.path("comparability").path("grade").asString()).isEqualTo("comparable with caveats");
        assertThat(italy.path("comparability").path("notes").valueStream().map(JsonNode::asString))
                .anySatisfy(note -> assertThat(note).contains("total annuel consolidé", "157 652"));
    }

    @Test
    void aBadCurrencyIsAProblem() throws Exception {
        var response = get("/api/compare?indicator=REMIT_IN&currency=GBP");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("detail").asString())
                .contains("currency must be USD, EUR or native");
    }

    @Test
    void compareCsvCarriesComparabilityNotesAndTotals() throws Exception {
        String csv = get("/api/compare?indicator=REMIT_IN&from=2024&to=2024&format=csv").body();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",comparability,notes");
        assertThat(csv).contains("5P5_S,5P5_S,\"South shore\",REMIT_IN,");
        assertThat(get("/api/compare?indicator=REMIT_IN&from=2024&to=2024&format=csv&partYears=true"
                + "&illustrative=true").body()).contains("2024: partial year: 11 of 12 months; 2024-12 missing");
    }

    @Test
    void mirrorPutsBothReportsSideBySide() throws Exception {
        JsonNode mirror = json("/api/mirror?indicator=IMMIG&reporter=ESP&partner=MAR");
        assertThat(mirror.path("partner").path("indicator").asString()).isEqualTo("EMIG");
        assertThat(pair(mirror, "2022").path("ratio").decimalValue()).isEqualByComparingTo("2.306");
    }

    @Test
    void revisionsAndChangesListTheVintages() throws Exception {
        JsonNode revisions = json("/api/revisions?indicator=REMIT_IN&area=MAR&period=2022&source=worldbank-wdi");
        assertThat(revisions.path("vintages").size()).isEqualTo(1);
        JsonNode vintage = revisions.path("vintages").get(0);
        assertThat(vintage.path("value").decimalValue()).isEqualByComparingTo("11170423192.2348");
        assertThat(vintage.path("loadedAt").isMissingNode()).isFalse();
        JsonNode changes = json("/api/changes?since=2000-01-01&indicator=XRATE_EUR");
        assertThat(changes.path("counts").path("NEW").asInt()).isEqualTo(1472 + 29); // the means, and the 29 rates of one day
        assertThat(changes.path("counts").path("REVISED").asInt()).isZero();
        assertThat(json("/api/changes?since=2000-01-01&asOf=2000-01-02").path("changes").size()).isZero();
    }

    @Test
    void asOfBeforeAnyLoadShowsNothing() throws Exception {
        assertThat(json("/api/compare?indicator=REMIT_IN&asOf=2000-01-01").path("periods").size()).isZero();
        assertThat(json("/api/mirror?indicator=IMMIG&reporter=ESP&partner=MAR&asOf=2000-01-01")
                .path("periods").size()).isZero();
    }
}
