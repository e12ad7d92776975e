package org.rives.connector.realfeeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eurostat's retired Data Explorer exports (Latin-1, labels, "1,234"), against their PROVENANCE.md. */
class EurostatLegacyRealFeedTest {

    private static final String FOLDER = "eurostat-legacy-csv";

    @Test
    void foundIllegallyPresent(@TempDir Path work) {
        Path file = RealFeed.file(FOLDER, "migr_eipre_1_Data_allcitizens.csv");
        try (RealFeed feed = RealFeed.load(work, "eurostat-legacy-eipre", file)) {
            assertThat(feed.report.rejected()).isZero();
            expectYears(feed, "TCN_ILLEGAL", "ESP", "MAR", 10935, 10830, 11465, 10465, 9190);
            expectYears(feed, "TCN_ILLEGAL", "ESP", "DZA", 2830, 2140, 2100, 2370, 2915);
            expectYears(feed, "TCN_ILLEGAL", "FRA", "MAR", 4660, 4690, 6855, 6335, 6260);
            expectYears(feed, "TCN_ILLEGAL", "FRA", "TUN", 8840, 5820, 8955, 7355, 5650);
            expectYears(feed, "TCN_ILLEGAL", "ITA", "TUN", 5510, 3625, 3855, 2905, 3175);
            assertThat(feed.store.rows("SELECT obs_status FROM observation_long WHERE indicator = 'TCN_ILLEGAL'"
                    + " AND ref_area = 'FRA' AND counterpart_area = 'MAR' AND time_period = '2014'")).containsExactly("B");
            assertThat(feed.number("TCN_ILLEGAL", "ESP", "MRT", "_T", "_T", "2016")).isEqualTo(265);
            assertThat(feed.number("TCN_ILLEGAL", "FRA", "DZA", "_T", "_T", "2016")).isEqualTo(7665);
            assertThat(feed.number("TCN_ILLEGAL", "MLT", "LBY", "_T", "_T", "2016")).isEqualTo(30);
            assertThat(feed.number("TCN_ILLEGAL", "PRT", "MAR", "_T", "_T", "2016")).isEqualTo(80);
            assertThat(feed.number("TCN_ILLEGAL", "MLT", "MRT", "_T", "_T", "2016")).isZero();
        }
    }

    @Test
    void orderedToLeave(@TempDir Path work) {
        Path file = RealFeed.file(FOLDER, "migr_eiord_Data_allcitizens.csv");
        try (RealFeed feed = RealFeed.load(work, "eurostat-legacy-eiord", file)) {
            assertThat(feed.report.rejected()).isZero();
            expectYears(feed, "TCN_ORDERED", "ESP", "MAR", 11005, 7305, 10300, 7810, 6570);
            expectYears(feed, "TCN_ORDERED", "FRA", "DZA", 7370, 8590, 9165, 8200, 9140);
            assertThat(feed.number("TCN_ORDERED", "ITA", "MAR", "_T", "_T", "2016")).isEqualTo(8205);
        }
    }

    @Test
    void returned(@TempDir Path work) {
        Path file = RealFeed.file(FOLDER, "migr_eirtn_Data_allcitizens.TRIMMED-5plus5.csv");
        try (RealFeed feed = RealFeed.load(work, "eurostat-legacy-eirtn", file)) {
            assertThat(feed.report.rejected()).isZero();
            assertThat(feed.number("TCN_RETURNED", "ESP", "MAR", "_T", "_T", "2016")).isEqualTo(5400);
            assertThat(feed.number("TCN_RETURNED", "FRA", "DZA", "_T", "_T", "2016")).isEqualTo(1580);
            assertThat(feed.number("TCN_RETURNED", "ITA", "TUN", "_T", "_T", "2016")).isEqualTo(1225);
        }
    }

    /** The export of migr_eiord for every citizenship together, 2010-2016, whose EU sums the connector excludes. */
    @Test
    void orderedToLeaveAllCitizens(@TempDir Path work) {
        Path file = RealFeed.file(FOLDER, "migr_eiord_1_Data.csv");
        try (RealFeed feed = RealFeed.load(work, "eurostat-legacy-eiord", file)) {
            assertThat(feed.report.rowsRead()).isEqualTo(238);
            assertThat(feed.report.rejected()).isZero();
            // "European Union (28 countries)" and "(27 countries)", 540,080 (d) in 2010, excluded by rule
            assertThat(feed.report.excluded()).isEqualTo(14);
            assertThat(feed.number("TCN_ORDERED", "BEL", "_T", "_T", "_T", "2010")).isEqualTo(22865);
            assertThat(feed.value("TCN_ORDERED", "DNK", "_T", "_T", "_T", "2010")).isEmpty();
        }
    }

    @Test
    void firstTimeAsylumApplicants(@TempDir Path work) {
        Path file = RealFeed.file(FOLDER, "migr_asyappctza_allcitizenships.TRIMMED-5plus5.csv");
        try (RealFeed feed = RealFeed.load(work, "eurostat-legacy-asyappctza", file)) {
            assertThat(feed.report.rowsRead()).isEqualTo(5825);
            assertThat(feed.report.rejected()).isZero();
            String[][] expected = {{"ESP", "DZA", "725"}, {"ESP", "MAR", "335"}, {"FRA", "DZA", "2530"},
                {"FRA", "MRT", "620"}, {"ITA", "MAR", "1545"}, {"MLT", "LBY", "655"}, {"PRT", "TUN", "0"}};
            for (String[] row : expected) {
                assertThat(feed.number("ASYL_APP_FIRST", row[0], row[1], "_T", "_T", "2016")).as("%s/%s", row[0], row[1])
                        .isEqualTo(Double.parseDouble(row[2]));
            }
        }
    }

    private static void expectYears(RealFeed feed, String indicator, String geo, String citizen, long... values) {
        for (int i = 0; i < values.length; i++) {
            assertThat(feed.number(indicator, geo, citizen, "_T", "_T", String.valueOf(2012 + i)))
                    .as("%s %s/%s %d", indicator, geo, citizen, 2012 + i).isEqualTo(values[i]);
        }
    }
}
