package org.rives.connector.realfeeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.RealFeeds;

/**
 * The ECB's one-day file (../shared/real-feeds/ecb-eurofxref/eurofxref_2026-04-13.csv, the member of
 * eurofxref.zip): its rates are the last row of the history, and they are stored as that day's, never as a
 * month's or a year's.
 */
class EcbEurofxrefDailyRealFeedTest {

    private static final String ONE_DAY = "eurofxref_2026-04-13.csv";

    @Test
    void theDaysRatesAreThoseOfTheProvenance(@TempDir Path work) {
        try (RealFeed feed = RealFeed.load(work, "ecb-eurofxref-daily", RealFeed.file("ecb-eurofxref", ONE_DAY))) {
            assertThat(feed.report.rowsRead()).isEqualTo(1);
            assertThat(feed.report.rejected()).isZero();
            Map<String, String> days = RealFeeds.figures(feed.store, "XRATE_EUR", "freq = 'D'");
            // 29 currencies quoted that day (no BGN, HRK, RUB nor the legacy columns of the history)
            assertThat(days).hasSize(29).containsEntry("USA 2026-04-13", "1.1684")
                    .containsEntry("JPN 2026-04-13", "186.75").containsEntry("GBR 2026-04-13", "0.87058")
                    .containsEntry("HUN 2026-04-13", "366.9").containsEntry("ROU 2026-04-13", "5.092")
                    .doesNotContainKeys("BGR 2026-04-13", "HRV 2026-04-13", "RUS 2026-04-13");
            assertThat(feed.store.rows("SELECT count(*) FROM observation_long WHERE freq <> 'D'")).containsExactly("0");
        }
    }

    /** The history's newest row is the same day, with the same rates written another way (366.9 for 366.90). */
    @Test
    void theDayIsTheHistorysLastRowAndGivesNoMeanOfItsMonth(@TempDir Path work) {
        try (RealFeed feed = RealFeed.load(work, "ecb-eurofxref-daily", RealFeed.file("ecb-eurofxref", ONE_DAY))) {
            RealFeeds.committedCleanly(feed.store.load("ecb-eurofxref",
                    RealFeed.file("ecb-eurofxref", "eurofxref-hist_2026-04-13.csv")));
            Map<String, String> all = RealFeeds.figures(feed.store, "XRATE_EUR", "true");
            assertThat(all).containsEntry("USA 2026-03", "1.1558").containsEntry("USA 2026-04-13", "1.1684")
                    .doesNotContainKeys("USA 2026-04", "USA 2026");
            assertThat(feed.store.rows("SELECT DISTINCT source FROM observation_long WHERE freq = 'D'"))
                    .containsExactly("ecb-eurofxref-daily");
        }
    }
}
