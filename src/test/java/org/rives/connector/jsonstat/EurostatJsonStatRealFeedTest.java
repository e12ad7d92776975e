package org.rives.connector.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.store.LoadReport;
import org.rives.testing.RealFeeds;
import org.rives.testing.TestStore;

/**
 * Eurostat's JSON-stat responses (../shared/real-feeds/eurostat-api-jsonstat) load through the shipped
 * connectors with no rejection and give the figures their PROVENANCE.md lists.
 */
class EurostatJsonStatRealFeedTest {

    @TempDir
    Path dir;

    private static LoadReport load(TestStore store, String connector, String file) {
        LoadReport report = store.load(connector, RealFeeds.file("eurostat-api-jsonstat/" + file));
        assertThat(report.status()).as("%s: %s %s", file, report.message(), report.rejections())
                .isEqualTo(LoadReport.COMMITTED);
        assertThat(report.rejected()).isZero();
        return report;
    }

    @Test
    void thirdCountryNationalsFoundIllegallyPresent() {
        try (TestStore store = new TestStore(dir)) {
            load(store, "eurostat-illegal-present", "eurostat_migr_eipre.json");
            Map<String, String> f = RealFeeds.figures(store, "TCN_ILLEGAL",
                    "breakdown = '_T' AND counterpart_area = '_T'");
            assertThat(f).containsEntry("ESP 2015", "42605").containsEntry("ESP 2019", "62865")
                    .containsEntry("ESP 2020", "72265").containsEntry("ESP 2021", "30615")
                    .containsEntry("ESP 2022", "68100")
                    .containsEntry("FRA 2015", "109720").containsEntry("FRA 2019", "120455")
                    .containsEntry("FRA 2020", "103915").containsEntry("FRA 2021", "117265")
                    .containsEntry("FRA 2022", "115135")
                    .containsEntry("ITA 2015", "27305").containsEntry("ITA 2019", "26885")
                    .containsEntry("ITA 2020", "22785")
                    .containsEntry("ITA 2021", "92070").containsEntry("ITA 2022", "138420")
                    .containsEntry("MLT 2015", "575").containsEntry("MLT 2019", "620").containsEntry("MLT 2020", "590")
                    .containsEntry("MLT 2021", "820").containsEntry("MLT 2022", "1405")
                    .containsEntry("PRT 2015", "5145").containsEntry("PRT 2019", "5890")
                    .containsEntry("PRT 2020", "3145")
                    .containsEntry("PRT 2021", "1855").containsEntry("PRT 2022", "2170")
                    .containsEntry("EU27_2020 2015", "2085465").containsEntry("EU27_2020 2019", "628735")
                    .containsEntry("EU27_2020 2020", "557760").containsEntry("EU27_2020 2021", "679845")
                    .containsEntry("EU27_2020 2022", "1121625");
            assertThat(store.rows("SELECT DISTINCT breakdown FROM observation_long ORDER BY 1"))
                    .containsExactly("ENTRY_NLEG", "OSTAY", "OTH", "_T");
        }
    }

    @Test
    void theRedownloadAndTheThreeCountryExtractAgree() {
        try (TestStore store = new TestStore(dir)) {
            load(store, "eurostat-illegal-present", "eurostat_migr_eipre_REVERIFY_2026-08-18.json");
            Map<String, String> f = RealFeeds.figures(store, "TCN_ILLEGAL", "counterpart_area = '_T'");
            assertThat(f).containsEntry("ESP 2022", "68100").containsEntry("PRT 2015", "5145")
                    .containsEntry("EU27_2020 2015", "2085465");
        }
        try (TestStore store = new TestStore(dir.resolve("second"))) {
            load(store, "eurostat-illegal-present", "eurostat_migr_eipre_CH_PT_SE_2010_2023.json");
            Map<String, String> f = RealFeeds.figures(store, "TCN_ILLEGAL", "ref_area = 'PRT'");
            assertThat(f).containsEntry("PRT 2015", "5145").containsEntry("PRT 2019", "5890")
                    .containsEntry("PRT 2022", "2170");
        }
    }

    @Test
    void foreignAndStatelessResidentsWithConcatenatedFlags() {
        try (TestStore store = new TestStore(dir)) {
            load(store, "eurostat-foreign-citizens", "eurostat_migr_pop1ctz.json");
            Map<String, String> f = RealFeeds.figures(store, "FOREIGN_POP", "counterpart_area = '_T'");
            assertThat(f).containsEntry("ESP 2019", "4850762").containsEntry("ESP 2020", "5241278")
                    .containsEntry("ESP 2021", "5402702").containsEntry("ESP 2022", "5509134")
                    .containsEntry("FRA 2019", "5042171").containsEntry("FRA 2020", "5173605")
                    .containsEntry("FRA 2021", "5302510").containsEntry("FRA 2022", "5458039")
                    .containsEntry("ITA 2019", "4996158 B").containsEntry("ITA 2020", "5039637")
                    .containsEntry("ITA 2021", "5171894").containsEntry("ITA 2022", "5030716")
                    .containsEntry("MLT 2019", "90470").containsEntry("MLT 2020", "111915")
                    .containsEntry("MLT 2021", "112662").containsEntry("MLT 2022", "116380")
                    .containsEntry("PRT 2019", "441863").containsEntry("PRT 2020", "520487")
                    .containsEntry("PRT 2021", "595794").containsEntry("PRT 2022", "643347");
            assertThat(store.rows("SELECT DISTINCT obs_flags || '>' || obs_status FROM observation_long "
                    + "WHERE obs_flags IS NOT NULL ORDER BY 1")).contains("b>B", "e>E", "ep>E", "bep>B", "p>P");
        }
    }

    @Test
    void foreignBornResidentsLoad() {
        try (TestStore store = new TestStore(dir)) {
            LoadReport report = load(store, "eurostat-foreign-born", "eurostat_migr_pop3ctb.json");
            assertThat(report.observations()).isPositive();
            assertThat(RealFeeds.figures(store, "MIGR_STOCK", "ref_area IN ('ESP', 'FRA', 'ITA', 'MLT', 'PRT')"))
                    .hasSize(5 * 13);
        }
    }
}
