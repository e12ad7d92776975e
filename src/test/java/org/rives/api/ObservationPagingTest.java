package org.rives.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rives.testing.ServerTest;
import tools.jackson.databind.JsonNode;

/** {@code /api/observations} says how many rows match and where the other pages are; size=all gives every one. */
class ObservationPagingTest extends ServerTest {

    private static final String ASYLUM_SPAIN = "/api/observations?indicator=ASYL_APP&area=ES&freq=A&from=2019&to=2024"
            + "&source=eurostat-asylum";

    @Test
    void aMiddlePageLinksFirstPreviousNextAndLast() throws Exception {
        HttpResponse<String> response = get(ASYLUM_SPAIN + "&size=2&page=1");
        assertThat(response.headers().firstValue("X-Total-Count")).hasValue("6");
        List<String> links = List.of(response.headers().firstValue("Link").orElseThrow().split(", "));
        assertThat(links).hasSize(4);
        assertThat(links.get(0)).endsWith("page=0&size=2>; rel=\"first\"").contains("indicator=ASYL_APP");
        assertThat(links.get(1)).endsWith("page=0&size=2>; rel=\"prev\"");
        assertThat(links.get(2)).endsWith("page=2&size=2>; rel=\"next\"");
        assertThat(links.get(3)).endsWith("page=2&size=2>; rel=\"last\"");
    }

    @Test
    void theFirstPageHasNoPreviousAndTheLastNoNext() throws Exception {
        String first = get(ASYLUM_SPAIN + "&size=4").headers().firstValue("Link").orElseThrow();
        assertThat(first).contains("rel=\"next\"", "rel=\"last\"").doesNotContain("rel=\"prev\"");
        String last = get(ASYLUM_SPAIN + "&size=4&page=1").headers().firstValue("Link").orElseThrow();
        assertThat(last).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void theCsvCarriesTheTotalInItsHeaders() throws Exception {
        HttpResponse<String> csv = get(ASYLUM_SPAIN + "&size=2&format=csv");
        assertThat(csv.headers().firstValue("X-Total-Count")).hasValue("6");
        assertThat(csv.body().lines()).hasSize(3);
    }

    @Test
    void sizeAllGivesEveryRowInJsonAndCsv() throws Exception {
        JsonNode all = json(ASYLUM_SPAIN + "&size=all");
        assertThat(all.path("total").asLong()).isEqualTo(6);
        assertThat(all.path("size").asLong()).isEqualTo(6);
        assertThat(all.path("items").findValuesAsString("timePeriod"))
                .containsExactly("2019", "2020", "2021", "2022", "2023", "2024");
        HttpResponse<String> csv = get(ASYLUM_SPAIN + "&size=all&format=csv");
        assertThat(csv.headers().firstValue("X-Total-Count")).hasValue("6");
        assertThat(csv.headers().firstValue("Link")).isEmpty();
        assertThat(csv.body().lines()).hasSize(7);
        HttpResponse<String> everything = get("/api/observations?size=all");
        long total = Long.parseLong(everything.headers().firstValue("X-Total-Count").orElseThrow());
        assertThat(total).isGreaterThan(ObservationsController.MAX_PAGE / 10);
        assertThat(JSON.readTree(everything.body()).path("items").size()).isEqualTo(total);
    }

    @Test
    void sizeAllWithAPageIsRefused() throws Exception {
        HttpResponse<String> response = get(ASYLUM_SPAIN + "&size=all&page=1");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("page");
    }
}
