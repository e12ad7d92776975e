package org.rives.connector.sdmxjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.store.LoadReport;
import org.rives.testing.RealFeeds;
import org.rives.testing.TestStore;

/** The OECD's SDMX-JSON 2.0 responses in ../shared/real-feeds load through the shipped connectors. */
class OecdSdmxJsonRealFeedTest {

    @TempDir
    Path dir;


    @Test
    void foreignBornPopulationWithItsTimeIndexOutOfOrder() {
        try (TestStore store = new TestStore(dir)) {
            RealFeeds.committedCleanly(store.load("oecd-imd-foreign-born", RealFeeds.file("oecd-imd-sdmx/USA_B14.json")));
            Map<String, String> f = RealFeeds.figures(store, "MIGR_STOCK", "counterpart_area = '_T'");
            assertThat(f).hasSize(13).containsEntry("USA 2010", "39916875").containsEntry("USA 2015", "43289646")
                    .containsEntry("USA 2020", "44258250").containsEntry("USA 2022", "47331480");
        }
    }

    @Test
    void stockOfForeignNationals() {
        try (TestStore store = new TestStore(dir)) {
            LoadReport report = store.load("oecd-imd", RealFeeds.file("oecd-imd-sdmx/USA_B15.json"));
            RealFeeds.committedCleanly(report);
            assertThat(RealFeeds.figures(store, "FOREIGN_POP", "ref_area = 'USA'")).hasSize(13)
                    .containsKeys("USA 2010", "USA 2022");
        }
    }
}
