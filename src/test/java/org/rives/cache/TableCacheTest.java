package org.rives.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TableCacheTest {

    private static final StoreVersion V1 = new StoreVersion(1, Instant.parse("2026-01-01T00:00:00Z"), "g");
    private static final StoreVersion V2 = new StoreVersion(2, Instant.parse("2026-01-02T00:00:00Z"), "g");

    private static CachedAnswer answer(int bytes) {
        return new CachedAnswer(Map.of("Content-Type", List.of("application/json")), new byte[bytes]);
    }

    @Test
    void aSecondLookUpIsAHitAndAnotherVersionIsAMiss() {
        TableCache cache = new TableCache(1_000_000);
        assertThat(cache.get("/api/compare?a", V1)).isNull();
        cache.put("/api/compare?a", V1, answer(100));
        assertThat(cache.get("/api/compare?a", V1)).isNotNull();
        assertThat(cache.get("/api/compare?a", V2)).isNull();
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(2);
    }

    @Test
    void theByteBoundIsHonouredByDroppingTheLeastRecentlyUsed() {
        TableCache cache = new TableCache(10_000);
        for (int i = 0; i < 20; i++) {
            cache.put("request " + i, V1, answer(2_000));
            assertThat(cache.bytes()).isLessThanOrEqualTo(10_000);
        }
        assertThat(cache.size()).isEqualTo(4); // 2,000 bytes of body and a few hundred of headers each
        assertThat(cache.get("request 19", V1)).isNotNull();
        assertThat(cache.get("request 0", V1)).isNull();
        assertThat(cache.evictions()).isEqualTo(16);
    }

    @Test
    void aRecentlyReadEntryOutlivesOlderOnes() {
        TableCache cache = new TableCache(7_000);
        cache.put("a", V1, answer(2_000));
        cache.put("b", V1, answer(2_000));
        cache.put("c", V1, answer(2_000));
        cache.get("a", V1);
        cache.put("d", V1, answer(2_000));
        assertThat(cache.get("a", V1)).isNotNull();
        assertThat(cache.get("b", V1)).isNull();
    }

    @Test
    void anAnswerHeavierThanTheBoundIsNotKeptAndEmptyingFreesEverything() {
        TableCache cache = new TableCache(5_000);
        cache.put("big", V1, answer(6_000));
        assertThat(cache.size()).isZero();
        cache.put("small", V1, answer(1_000));
        assertThat(cache.bytes()).isPositive();
        cache.clear();
        assertThat(cache.size()).isZero();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void aZeroBoundKeepsNothing() {
        TableCache cache = new TableCache(0);
        cache.put("a", V1, answer(1));
        assertThat(cache.size()).isZero();
    }
}
