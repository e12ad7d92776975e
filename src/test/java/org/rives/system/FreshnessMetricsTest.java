package org.rives.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.store.SourceFreshness;
import org.rives.testing.TestStore;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The freshness gauges an alert rule reads: a source never loaded, or loaded more than two cadences ago, is 2. */
class FreshnessMetricsTest {

    @TempDir
    Path dir;

    @Test
    void flagsASourceNeverLoadedAsOverdueAndALoadedOneAsFresh() {
        try (TestStore store = new TestStore(dir)) {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            new FreshnessMetrics(registry, store.connectors, new SourceFreshness(store.database)).sync();

            assertThat(freshness(registry, "worldbank-wdi")).isEqualTo(2.0);
            store.load("worldbank-wdi", TestStore.REPO.resolve("sample-data/worldbank-wdi/API_SM.POP.NETM_DS2_en_csv_v2.csv"));
            assertThat(freshness(registry, "worldbank-wdi")).isEqualTo(0.0);
            assertThat(registry.find("rives.source.age").tag("connector", "worldbank-wdi").gauge().value())
                    .isBetween(0.0, 60.0);
            // a source without a cadence has an age but no freshness
            assertThat(registry.find("rives.source.freshness").tag("connector", "amo-migration").gauge()).isNull();
            assertThat(registry.find("rives.source.age").tag("connector", "amo-migration").gauge()).isNotNull();
        }
    }

    @Test
    void theGaugesFollowTheConnectorsWhenTheyAreReadAgain() throws IOException {
        Path connectors = Files.createDirectories(dir.resolve("connectors"));
        Files.copy(TestStore.REPO.resolve("connectors/worldbank-wdi.yaml"), connectors.resolve("worldbank-wdi.yaml"));
        try (TestStore store = new TestStore(dir, connectors)) {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            FreshnessMetrics metrics = new FreshnessMetrics(registry, store.connectors, new SourceFreshness(store.database));
            metrics.sync();
            Files.copy(TestStore.REPO.resolve("connectors/unhcr-population.yaml"), connectors.resolve("unhcr-population.yaml"));
            Files.delete(connectors.resolve("worldbank-wdi.yaml"));
            store.connectors.reload();

            metrics.sync();

            assertThat(freshness(registry, "unhcr-population")).isEqualTo(2.0);
            assertThat(registry.find("rives.source.freshness").tag("connector", "worldbank-wdi").gauge()).isNull();
        }
    }

    private static double freshness(SimpleMeterRegistry registry, String connector) {
        Gauge gauge = registry.find("rives.source.freshness").tag("connector", connector).gauge();
        assertThat(gauge).as(connector).isNotNull();
        return gauge.value();
    }
}
