package org.rives.connector.realfeeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.store.LoadReport;
import org.rives.testing.RealFeeds;
import org.rives.testing.TestStore;

/**
 * Two real vintages of the WDI population file: 2018 (a 1959 column, 2017 empty in every row) and 2023,
 * each loaded as it is and together, the second revising the first.
 */
class WorldBankPopulationRealFeedTest {

    private static final String FOLDER = "worldbank-wdi-population";
    private static final String V2018 = "API_SP.POP.TOTL_DS2_en_csv_v2_2018-04-20.csv";
    private static final String V2023 = "API_SP.POP.TOTL_DS2_en_csv_v2_5871594.csv";

    private static Map<String, String> population(TestStore store) {
        return RealFeeds.figures(store, "POP", "counterpart_area = '_T'");
    }

    @Test
    void theVintageOf2023(@TempDir Path work) {
        try (RealFeed feed = RealFeed.load(work, "worldbank-wdi", RealFeed.file(FOLDER, V2023))) {
            assertThat(feed.report.rowsRead()).isEqualTo(266);
            assertThat(feed.report.rejected()).isZero();
            assertThat(population(feed.store)).containsEntry("MAR 2010", "32464865").containsEntry("MAR 2022", "37457971")
                    .containsEntry("DZA 2016", "40339329").containsEntry("TUN 2020", "12161723")
                    .containsEntry("LBY 2022", "6812341").containsEntry("MRT 2016", "4051890")
                    .containsEntry("ESP 2010", "46576897").containsEntry("FRA 2010", "65030575")
                    .containsEntry("ITA 2020", "59438851").containsEntry("MLT 2022", "523417")
                    .containsEntry("PRT 2016", "10325452")
                    .doesNotContainKeys("WLD 2022", "MAR 2023");
            assertThat(feed.report.warnings()).noneMatch(warning -> warning.contains("ignored"));
        }
    }

    @Test
    void theVintageOf2018WithItsYear1959AndItsEmptyLastYear(@TempDir Path work) {
        try (RealFeed feed = RealFeed.load(work, "worldbank-wdi", RealFeed.file(FOLDER, V2018))) {
            assertThat(feed.report.rowsRead()).isEqualTo(264);
            assertThat(population(feed.store)).containsEntry("MAR 1959", "11950826").containsEntry("MAR 2010", "32409639")
                    .containsEntry("MAR 2016", "35276786").containsEntry("DZA 2016", "40606052")
                    .containsEntry("TUN 2016", "11403248").containsEntry("LBY 2016", "6293253")
                    .containsEntry("MRT 2016", "4301018").containsEntry("ESP 2016", "46484533")
                    .containsEntry("MLT 2016", "437418").doesNotContainKeys("MAR 2017", "WLD 2016");
        }
    }

    /** The later vintage revises Mauritania's 2016 by a quarter of a million: the store keeps both. */
    @Test
    void theLaterVintageRevisesTheEarlier(@TempDir Path work) {
        try (TestStore store = new TestStore(work)) {
            RealFeeds.committedCleanly(store.load("worldbank-wdi", RealFeed.file(FOLDER, V2018)));
            LoadReport later = store.load("worldbank-wdi", RealFeed.file(FOLDER, V2023));
            RealFeeds.committedCleanly(later);
            assertThat(later.changes().revised()).isPositive();
            assertThat(population(store)).containsEntry("MRT 2016", "4051890").containsEntry("MAR 1959", "11950826");
            assertThat(store.rows("SELECT CAST(obs_value AS BIGINT) FROM observation_long WHERE indicator = 'POP'"
                    + " AND ref_area = 'MRT' AND time_period = '2016' ORDER BY load_id")).containsExactly("4301018", "4051890");
        }
    }
}
