package org.rives.connector.realfeeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.RealFeeds;
import org.rives.testing.TestStore;

/**
 * The ECB's whole history of daily reference rates, averaged on load, against the means its PROVENANCE.md
 * computes and against Eurostat's published averages of the same rates.
 */
class EcbEurofxrefRealFeedTest {

    private static final String HISTORY = "eurofxref-hist_2026-04-13.csv";

    private static Map<String, String> means(TestStore store, String freq, String source) {
        return RealFeeds.figures(store, "XRATE_EUR", "freq = '" + freq + "' AND source = '" + source + "'");
    }

    @Test
    void theDollarsAnnualMeansAreThoseOfTheProvenance(@TempDir Path work) {
        try (RealFeed feed = RealFeed.load(work, "ecb-eurofxref", RealFeed.file("ecb-eurofxref", HISTORY))) {
            assertThat(feed.report.rowsRead()).isEqualTo(6983);
            assertThat(feed.report.rejected()).isZero();
            assertThat(means(feed.store, "A", "ecb-eurofxref")).containsEntry("USA 2019", "1.1195")
                    .containsEntry("USA 2020", "1.1422").containsEntry("USA 2021", "1.1827")
                    .containsEntry("USA 2022", "1.053").containsEntry("USA 2023", "1.0813")
                    .containsEntry("USA 2024", "1.0824").containsEntry("USA 2025", "1.13")
                    .containsEntry("USA 1999", "1.0658").doesNotContainKey("USA 2026");
            assertThat(feed.report.warnings()).anySatisfy(warning -> assertThat(warning)
                    .startsWith("no mean for 2026, 2026-04: the file does not cover the whole period"));
        }
    }

    /** A currency quoted on only part of a period gets no mean for it: never a mean of the days it happened to have. */
    @Test
    void currenciesThatStopOrPauseHaveNoMeanForThePeriodTheyLeftIncomplete(@TempDir Path work) {
        try (RealFeed feed = RealFeed.load(work, "ecb-eurofxref", RealFeed.file("ecb-eurofxref", HISTORY))) {
            Map<String, String> monthly = means(feed.store, "M", "ecb-eurofxref");
            assertThat(monthly).containsKeys("RUS 2022-02", "HRV 2022-12", "BGR 2025-12", "ISL 2008-11", "ISL 2018-02")
                    .doesNotContainKeys("RUS 2022-03", "HRV 2023-01", "BGR 2026-01", "ISL 2008-12", "ISL 2018-01");
            Map<String, String> annual = means(feed.store, "A", "ecb-eurofxref");
            assertThat(annual).containsKeys("RUS 2021", "HRV 2022", "BGR 2025", "ISL 2019")
                    .doesNotContainKeys("RUS 2022", "ISL 2018", "ISL 2008");
            assertThat(feed.report.warnings()).anySatisfy(warning -> assertThat(warning)
                    .contains("mean(s) not taken, the series lacking a value on some days of the period"));
        }
    }

    /**
     * Eurostat averages the same daily rates: its annual figures for 2008-2018 are the ECB means to the last
     * digit, and its monthly ones too but for three months where the exact mean ends in a 5 and Eurostat
     * rounded down (Rives rounds exact decimals half up).
     */
    @Test
    void theMeansAreEurostatsPublishedAverages(@TempDir Path work) throws IOException {
        try (TestStore store = new TestStore(work)) {
            RealFeeds.committedCleanly(store.load("ecb-eurofxref", RealFeed.file("ecb-eurofxref", HISTORY)));
            RealFeeds.committedCleanly(store.load("eurostat-ert",
                    RealFeed.file("eurostat-ert", "ert_bil_eur_m_bulk_2014-09.tsv")));
            try (Stream<Path> files = Files.list(RealFeed.ROOT.resolve("eurostat-ert"))) {
                for (Path json : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    RealFeeds.committedCleanly(store.load("eurostat-ert-annual", json));
                }
            }
            Map<String, String> eurostatAnnual = means(store, "A", "eurostat-ert-annual");
            assertThat(eurostatAnnual).hasSize(11);
            assertThat(means(store, "A", "ecb-eurofxref")).containsAllEntriesOf(eurostatAnnual);

            Map<String, String> ecbMonthly = means(store, "M", "ecb-eurofxref");
            Map<String, String> eurostatMonthly = means(store, "M", "eurostat-ert");
            assertThat(eurostatMonthly.keySet().stream().filter(k -> k.startsWith("USA ") && k.compareTo("USA 1999") > 0)
                    .filter(k -> !eurostatMonthly.get(k).equals(ecbMonthly.get(k))))
                    .containsExactlyInAnyOrder("USA 2008-09", "USA 2014-02", "USA 2014-04");
            assertThat(ecbMonthly).containsEntry("USA 2014-04", "1.3813");
            assertThat(eurostatMonthly).containsEntry("USA 2014-04", "1.3812");
        }
    }
}
