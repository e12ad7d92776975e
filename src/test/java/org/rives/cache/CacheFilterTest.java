package org.rives.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.connector.FeedReaders;
import org.rives.store.LastCommit;
import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;
import org.rives.store.LoadService;
import org.rives.store.RawArchive;
import org.rives.testing.TestStore;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The cache filter in front of an answer computed from a real store, with real loads committing through
 * the load service that tells the store version: hits, invalidation on commit, validators and 304s.
 */
class CacheFilterTest {

    static final Path WDI = TestStore.REPO.resolve("sample-data/worldbank-wdi/API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv");
    static final Path ASYLUM = TestStore.REPO.resolve("sample-data/eurostat-asylum/migr_asyappctza.tsv");

    @TempDir
    Path dir;
    private TestStore store;
    private LoadService loads;
    private TableCache cache;
    private CacheFilter filter;
    private final AtomicInteger computed = new AtomicInteger();

    @BeforeEach
    void serve() {
        store = new TestStore(dir);
        cache = new TableCache(1_000_000);
        StoreVersions versions = new StoreVersions(() -> LastCommit.read(store.database), cache, Clock.systemUTC());
        loads = new LoadService(store.connectors, FeedReaders.discovered(), TestStore.catalogue(), store.database,
                new RawArchive(dir.resolve("raw")), versions);
        filter = new CacheFilter(cache, versions, path -> path.startsWith("/api/"), 64);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The "table": how many figures the store holds, read from it on every computation. */
    private final FilterChain countFigures = (request, response) -> {
        computed.incrementAndGet();
        HttpServletResponse http = (HttpServletResponse) response;
        http.setContentType("application/json");
        http.setHeader("X-Total-Count", store.rows("SELECT count(*) FROM observation").get(0));
        http.getOutputStream().write(("{\"figures\":" + store.rows("SELECT count(*) FROM observation").get(0) + "}")
                .getBytes(StandardCharsets.UTF_8));
    };

    private MockHttpServletResponse get(String query, String header, String value) throws Exception {
        return get(query, header, value, countFigures);
    }

    private MockHttpServletResponse get(String query, String header, String value, FilterChain chain)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/compare");
        request.setQueryString(query);
        for (String pair : query.split("&")) {
            String[] nameValue = pair.split("=", 2);
            request.addParameter(nameValue[0], nameValue[1]);
        }
        if (header != null) {
            request.addHeader(header, value);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private LoadReport load(Path file, String connector) throws IOException {
        return loads.load(LoadRequest.of(connector, file));
    }

    @Test
    void aSecondRequestIsServedFromTheCacheUntilALoadCommits() throws Exception {
        load(WDI, "worldbank-wdi");
        MockHttpServletResponse first = get("indicator=REMIT_IN&areas=5P5", null, null);
        MockHttpServletResponse second = get("areas=5P5&indicator=REMIT_IN", null, null); // same request, reordered
        assertThat(computed).hasValue(1);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(second.getHeader("X-Total-Count")).isEqualTo(first.getHeader("X-Total-Count"));
        assertThat(second.getContentType()).isEqualTo("application/json");

        assertThat(load(ASYLUM, "eurostat-asylum").status()).isEqualTo(LoadReport.COMMITTED);
        assertThat(cache.size()).isZero();
        MockHttpServletResponse after = get("indicator=REMIT_IN&areas=5P5", null, null);
        assertThat(computed).hasValue(2);
        assertThat(after.getContentAsString()).isNotEqualTo(first.getContentAsString());
        assertThat(after.getHeader("ETag")).isNotEqualTo(first.getHeader("ETag"));
    }

    @Test
    void requestsArrivingWhileAnAnswerIsComputedWaitForItInsteadOfComputingItAgain() throws Exception {
        load(WDI, "worldbank-wdi");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FilterChain slow = (request, response) -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            countFigures.doFilter(request, response);
        };
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            answers.add(clients.submit(() -> get("indicator=REMIT_IN", null, null, slow).getContentAsString()));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                answers.add(clients.submit(() -> get("indicator=REMIT_IN", null, null, slow).getContentAsString()));
            }
            Thread.sleep(200); // the seven reach the filter while the first is computing
            release.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(answers.get(0).get());
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(computed).hasValue(1);
    }

    @Test
    void aLoadThatCommitsNothingKeepsTheCache() throws Exception {
        load(WDI, "worldbank-wdi");
        String tag = get("indicator=REMIT_IN", null, null).getHeader("ETag");
        assertThat(load(WDI, "worldbank-wdi").status()).isEqualTo(LoadReport.UNCHANGED);
        assertThat(get("indicator=REMIT_IN", null, null).getHeader("ETag")).isEqualTo(tag);
        assertThat(computed).hasValue(1);
    }

    @Test
    void aMatchingEntityTagOrDateGets304AndALoadChangesTheTag() throws Exception {
        load(WDI, "worldbank-wdi");
        MockHttpServletResponse first = get("indicator=REMIT_IN", null, null);
        String tag = first.getHeader("ETag");
        assertThat(tag).matches("\"1\\.[0-9a-z.]+-[0-9a-f]{16}\"");
        assertThat(first.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(first.getHeader("Last-Modified")).isNotBlank();

        MockHttpServletResponse revalidated = get("indicator=REMIT_IN", "If-None-Match", tag);
        assertThat(revalidated.getStatus()).isEqualTo(304);
        assertThat(revalidated.getContentAsByteArray()).isEmpty();
        assertThat(revalidated.getHeader("ETag")).isEqualTo(tag);
        assertThat(get("indicator=REMIT_IN", "If-Modified-Since", first.getHeader("Last-Modified")).getStatus())
                .isEqualTo(304);
        assertThat(get("indicator=REMIT_IN", "If-None-Match", "\"other\"").getStatus()).isEqualTo(200);
        assertThat(get("indicator=ASYL_APP", "If-None-Match", tag).getStatus()).as("another request's tag")
                .isEqualTo(200);
        assertThat(cache.notModified()).isEqualTo(2);

        load(ASYLUM, "eurostat-asylum");
        MockHttpServletResponse afterLoad = get("indicator=REMIT_IN", "If-None-Match", tag);
        assertThat(afterLoad.getStatus()).isEqualTo(200);
        assertThat(afterLoad.getHeader("ETag")).isNotEqualTo(tag).startsWith("\"2.");
    }

    @Test
    void aPastAsOfIsImmutable() throws Exception {
        load(WDI, "worldbank-wdi");
        assertThat(get("indicator=REMIT_IN&asOf=2026-01-01", null, null).getHeader("Cache-Control"))
                .isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void errorsAreNeitherKeptNorTagged() throws Exception {
        FilterChain refuse = (request, response) -> {
            computed.incrementAndGet();
            ((HttpServletResponse) response).setStatus(400);
            response.getOutputStream().write("{\"code\":\"PARAMETER_INVALID\"}".getBytes(StandardCharsets.UTF_8));
        };
        for (int i = 0; i < 2; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/compare");
            request.addParameter("from", "abc");
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, refuse);
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getHeader("ETag")).isNull();
            assertThat(response.getContentAsString()).contains("PARAMETER_INVALID");
        }
        assertThat(computed).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void anAnswerLargerThanOneEntryStreamsThroughAndIsNotKept() throws Exception {
        FilterChain large = (request, response) -> {
            computed.incrementAndGet();
            for (int i = 0; i < 100; i++) {
                response.getOutputStream().write("0123456789".getBytes(StandardCharsets.UTF_8));
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/observations");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, large);
        assertThat(response.getContentAsString()).hasSize(1000);
        assertThat(response.getHeader("ETag")).isNotNull();
        assertThat(cache.size()).isZero();
    }
}
