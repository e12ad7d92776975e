package org.rives.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class CachePropertiesTest {

    @Test
    void defaultsAreOnWith64MegabytesInAllAnd4ForOneAnswer() {
        CacheProperties defaults = new CacheProperties(null, null, null);
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.maxSize()).isEqualTo(DataSize.ofMegabytes(64));
        assertThat(defaults.maxEntrySize()).isEqualTo(DataSize.ofMegabytes(4));
    }

    @Test
    void anEntryBoundItCannotUseIsRefusedWithItsName() {
        assertThatThrownBy(() -> new CacheProperties(true, DataSize.ofMegabytes(1), DataSize.ofBytes(0)))
                .hasMessageContaining("rives.cache.max-entry-size");
        assertThatThrownBy(() -> new CacheProperties(true, DataSize.ofBytes(-1), null))
                .hasMessageContaining("rives.cache.max-size");
    }
}
