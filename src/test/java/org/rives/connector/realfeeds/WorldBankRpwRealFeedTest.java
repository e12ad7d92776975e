package org.rives.connector.realfeeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DataBank export of Remittance Prices Worldwide, against the figures in its PROVENANCE.md. */
class WorldBankRpwRealFeedTest {

    @Test
    void loadsTheCorridorCostsAndStopsAtTheFooter(@TempDir Path work) {
        Path file = RealFeed.file("worldbank-rpw", "36d1ed87-9a2d-41da-8eac-c1c25d45fa65_Data.csv");
        try (RealFeed feed = RealFeed.load(work, "worldbank-rpw", file)) {
            assertThat(feed.report.rowsRead()).isEqualTo(5328);
            assertThat(feed.report.rejected()).isZero();
            assertThat(feed.number("REMIT_COST", "FRA", "MAR", "_T", "_T", "2019-Q1")).isEqualTo(6.29388904571533);
            assertThat(feed.number("REMIT_COST", "FRA", "MAR", "_T", "_T", "2020-Q3")).isEqualTo(5.03684186935425);
            assertThat(feed.number("REMIT_COST", "FRA", "DZA", "_T", "_T", "2019-Q3")).isEqualTo(10.118332862854);
            assertThat(feed.number("REMIT_COST", "FRA", "TUN", "_T", "_T", "2020-Q1")).isEqualTo(7.93599987030029);
            assertThat(feed.number("REMIT_COST", "ESP", "MAR", "_T", "_T", "2020-Q3")).isEqualTo(5.15941190719604);
            assertThat(feed.number("REMIT_COST", "ITA", "MAR", "_T", "_T", "2019-Q3")).isEqualTo(6.45111131668091);
            assertThat(feed.number("REMIT_COST", "ITA", "TUN", "_T", "_T", "2020-Q3")).isEqualTo(10.0458822250366);
            for (String[] corridor : new String[][] {{"ESP", "DZA"}, {"ESP", "TUN"}, {"ITA", "DZA"}, {"PRT", "MAR"}}) {
                assertThat(feed.value("REMIT_COST", corridor[0], corridor[1], "_T", "_T", "2019-Q1")).isEmpty();
            }
        }
    }
}
