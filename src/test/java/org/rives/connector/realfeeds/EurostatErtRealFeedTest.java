package org.rives.connector.realfeeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.RealFeeds;
import org.rives.testing.TestStore;

/**
 * Eurostat's euro exchange rates in the two real layouts found: the monthly bulk TSV of 2014 (the layout
 * before 2023: no freq, {@code \time}, {@code 2014M08} newest first, {@code d} flags), read by
 * {@code eurostat-ert}; the annual Statistics API answers in JSON-stat, read by {@code eurostat-ert-annual}.
 */
class EurostatErtRealFeedTest {

    @Test
    void theMonthlyBulkFileOfEveryCurrency(@TempDir Path work) {
        Path file = RealFeed.file("eurostat-ert", "ert_bil_eur_m_bulk_2014-09.tsv");
        try (RealFeed feed = RealFeed.load(work, "eurostat-ert", file)) {
            assertThat(feed.report.rowsRead()).isEqualTo(111);
            assertThat(feed.report.rejected()).isZero();
            Map<String, String> usd = RealFeeds.figures(feed.store, "XRATE_EUR", "freq = 'M' AND ref_area = 'USA'");
            assertThat(usd).containsEntry("USA 2009-01", "1.3239").containsEntry("USA 2009-12", "1.4614")
                    .containsEntry("USA 2012-12", "1.3119").containsEntry("USA 2013-12", "1.3704")
                    .containsEntry("USA 2014-08", "1.3316").containsEntry("USA 1999-01", "1.1608")
                    .containsEntry("USA 1998-12", "1.17212").hasSize(524);
            Map<String, String> flagged = RealFeeds.figures(feed.store, "XRATE_EUR", "obs_flags = 'd'");
            assertThat(flagged).containsEntry("ISL 2014-08", "154.42 D").containsEntry("SRB 2003-01", "62.0164 D")
                    .hasSize(68 + 136);
        }
    }

    @Test
    void theAnnualAveragesOfTheStatisticsApi(@TempDir Path work) {
        Map<String, String> published = Map.ofEntries(Map.entry("2008", "1.4708"), Map.entry("2009", "1.3948"),
                Map.entry("2010", "1.3257"), Map.entry("2011", "1.392"), Map.entry("2012", "1.2848"),
                Map.entry("2013", "1.3281"), Map.entry("2014", "1.3285"), Map.entry("2015", "1.1095"),
                Map.entry("2016", "1.1069"), Map.entry("2017", "1.1297"), Map.entry("2018", "1.181"));
        try (TestStore store = new TestStore(work)) {
            published.keySet().forEach(year -> RealFeeds.committedCleanly(store.load("eurostat-ert-annual",
                    RealFeed.file("eurostat-ert", "ert_bil_eur_a_USD_" + year + ".json"))));
            Map<String, String> annual = RealFeeds.figures(store, "XRATE_EUR", "freq = 'A'");
            published.forEach((year, value) -> assertThat(annual).containsEntry("USA " + year, value));
            assertThat(annual).hasSize(11);
        }
    }
}
