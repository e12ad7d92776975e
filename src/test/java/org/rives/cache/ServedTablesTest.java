package org.rives.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rives.testing.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/**
 * The cache on the running server, over real HTTP: the tables' endpoints are kept and tagged, a tag sent
 * back gets 304, errors are neither, and the figures are on the Prometheus endpoint. (Invalidation by a
 * commit is {@link CacheFilterTest}'s: the shared server's store is never written.)
 */
class ServedTablesTest extends ServerTest {

    @Autowired
    TableCache cache;

    @Autowired
    List<FilterRegistrationBean<?>> filters;

    private HttpResponse<String> get(String path, String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (header != null) {
            request.header(header, value);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSecondCompareIsAHitWithTheSameBodyAndTag() throws Exception {
        String path = "/api/compare?indicator=REMIT_IN&areas=5P5&from=2019&to=2022";
        HttpResponse<String> first = get(path, null, null);
        long hits = cache.hits();
        HttpResponse<String> second = get(path, null, null);
        assertThat(cache.hits()).isEqualTo(hits + 1);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag")).isPresent();
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(second.headers().allValues("Vary")).anyMatch(vary -> vary.contains("Accept"));
    }

    @Test
    void theTagSentBackGets304AndCsvHasItsOwnTag() throws Exception {
        String path = "/api/mirror?indicator=IMMIG&reporter=ESP&partner=MAR";
        HttpResponse<String> json = get(path, null, null);
        assertThat(json.statusCode()).isEqualTo(200);
        String tag = json.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get(path, "If-None-Match", tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> csv = get(path, "Accept", "text/csv");
        assertThat(csv.headers().firstValue("ETag")).isPresent().isNotEqualTo(json.headers().firstValue("ETag"));
        assertThat(get(path, "If-Modified-Since", json.headers().firstValue("Last-Modified").orElseThrow())
                .statusCode()).isEqualTo(304);
    }

    @Test
    void sdmxDataAndPagesOfObservationsAreTaggedToo() throws Exception {
        HttpResponse<String> sdmx = get("/sdmx/v2.1/data/DF_DEVELOPMENT/A.REMIT_IN.MAR._T._T._T._T.?startPeriod=2022",
                null, null);
        assertThat(sdmx.statusCode()).as(sdmx.body()).isEqualTo(200);
        assertThat(sdmx.headers().firstValue("ETag")).as(sdmx.headers().map().toString()).isPresent();
        assertThat(get("/api/observations?indicator=REMIT_IN&area=MAR", null, null).headers().firstValue("ETag"))
                .isPresent();
        assertThat(get("/api/catalogue", null, null).headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void aRefusedRequestIsNotTaggedNorAnswered304() throws Exception {
        HttpResponse<String> refused = get("/api/compare?indicator=REMIT_IN&from=abc", "If-Modified-Since",
                "Tue, 01 Dec 2099 00:00:00 GMT");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void cacheFiguresAreOnThePrometheusEndpoint() throws Exception {
        get("/api/compare?indicator=REMIT_IN&areas=5P5", null, null);
        String metrics = get("/actuator/prometheus", null, null).body();
        assertThat(metrics).contains("rives_cache_requests_total{result=\"hit\"}", "rives_cache_requests_total{result=\"miss\"}",
                "rives_cache_size_bytes", "rives_cache_entries", "rives_cache_max_bytes", "rives_cache_evictions_total",
                "rives_cache_not_modified_total");
    }

    @Test
    void theAccessGateRunsBeforeTheCache() {
        // A cached answer is written without reaching the controllers: the gate must have run first, or a
        // private read added to the cached paths one day would be served to whoever asks.
        assertThat(order("AccessFilter")).isLessThan(order("CacheFilter"));
    }

    private int order(String filter) {
        return filters.stream()
                .filter(registration -> registration.getFilter().getClass().getSimpleName().equals(filter))
                .findFirst().orElseThrow(() -> new AssertionError(filter + " is not registered")).getOrder();
    }
}
