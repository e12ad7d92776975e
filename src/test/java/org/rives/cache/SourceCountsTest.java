package org.rives.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.store.LastCommit;
import org.rives.store.LoadReport;
import org.rives.testing.TestStore;

/** The counts by source: counted once per store version, counted again when a commit moves it. */
class SourceCountsTest {

    private static final String WDI = "\uFEFF\"Data Source\",\"World Development Indicators\",\r\n\r\n"
            + "\"Last Updated Date\",\"2025-01-28\",\r\n\r\n"
            + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2021\",\"2022\",\r\n"
            + "\"Morocco\",\"MAR\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",\"100\",\"200\",\r\n";

    @TempDir
    Path dir;

    @Test
    void countsOncePerVersionAndAgainAfterACommit() {
        try (TestStore store = new TestStore(dir)) {
            StoreVersions versions = new StoreVersions(() -> LastCommit.read(store.database), new TableCache(0),
                    Clock.systemUTC());
            SourceCounts counts = new SourceCounts(versions, store.queries);
            assertThat(counts.bySource()).isEmpty();

            LoadReport load = store.load("worldbank-wdi", store.file("wdi.csv", WDI, StandardCharsets.UTF_8));
            assertThat(load.succeeded()).as(load.message()).isTrue();
            assertThat(counts.bySource()).as("kept until the version moves").isEmpty();

            versions.loaded(load);
            assertThat(counts.bySource()).containsExactlyEntriesOf(Map.of("worldbank-wdi", 2L));
        }
    }
}
