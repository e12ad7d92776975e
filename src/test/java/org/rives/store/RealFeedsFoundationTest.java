package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.RealFeeds;
import org.rives.testing.TestStore;

/**
 * The publishers' real files (../shared/real-feeds, when present) load through the shipped connectors
 * with no rejection, and give the figures their PROVENANCE.md records.
 */
class RealFeedsFoundationTest {

    @TempDir
    Path dir;

    private static Map<String, String> figures(TestStore store, String indicator, String freq, String counterpart) {
        return RealFeeds.figures(store, indicator, "freq = '" + freq + "' AND counterpart_area = '" + counterpart + "'");
    }

    @Test
    void worldBankRemittancesReceived() {
        try (TestStore store = new TestStore(dir)) {
            LoadReport report = store.load("worldbank-wdi",
                    RealFeeds.file("worldbank-wdi/API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv"));
            assertThat(report.status()).isEqualTo(LoadReport.COMMITTED);
            assertThat(report.rejected()).isZero();
            assertThat(report.rowsRead()).isEqualTo(266);
            Map<String, String> f = figures(store, "REMIT_IN", "A", "_T");
            assertThat(f).containsEntry("MAR 2019", "6962578453.17233").containsEntry("MAR 2022", "11170423192.2348")
                    .containsEntry("MAR 2023", "11755209354.6739").containsEntry("DZA 2023", "1867646030.08864")
                    .containsEntry("TUN 2021", "2967211621.11079").containsEntry("MRT 2021", "13175224.8223905")
                    .containsEntry("LBY 2019", "0").containsEntry("LBY 2023", "0")
                    .containsEntry("ESP 2024", "6265012172.34861").containsEntry("FRA 2019", "28763750644.188")
                    .containsEntry("ITA 2023", "12102901534.3952").containsEntry("MLT 2024", "15404228.9496756")
                    .containsEntry("PRT 2024", "1804893649.4048")
                    .doesNotContainKeys("MAR 2024", "LBY 2024", "ARB 2022", "WLD 2022");
        }
    }

    @Test
    void worldBankRemittancesPaidInTheOlderLfVintage() {
        try (TestStore store = new TestStore(dir)) {
            LoadReport report = store.load("worldbank-wdi",
                    RealFeeds.file("worldbank-wdi/API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv"));
            assertThat(report.rejected()).isZero();
            Map<String, String> f = figures(store, "REMIT_OUT", "A", "_T");
            assertThat(f).containsEntry("MAR 2019", "136433736.536389").containsEntry("MAR 2020", "151905882.607609")
                    .containsEntry("FRA 2019", "15087829562.7868").containsEntry("ITA 2020", "10187481224.5056")
                    .containsEntry("ESP 2020", "349342319.317736").containsEntry("MLT 2020", "487561291.392827")
                    .containsEntry("LBY 2017", "680200000").containsEntry("LBY 2018", "744200000")
                    .doesNotContainKeys("LBY 2019", "DZA 2020", "MRT 2020", "TUN 2020");
        }
    }

    @Test
    void worldBankNetMigration() {
        try (TestStore store = new TestStore(dir)) {
            LoadReport report = store.load("worldbank-wdi",
                    RealFeeds.file("worldbank-wdi/API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv"));
            assertThat(report.rejected()).isZero();
            Map<String, String> f = figures(store, "NET_MIGR", "A", "_T");
            assertThat(f).containsEntry("MAR 2015", "-81202").containsEntry("MAR 2022", "-39998")
                    .containsEntry("ESP 2022", "39998").containsEntry("ESP 2021", "275022")
                    .containsEntry("DZA 2021", "-18797").containsEntry("TUN 2021", "-9189")
                    .containsEntry("LBY 2021", "-696").containsEntry("MRT 2021", "-1494")
                    .containsEntry("MLT 2021", "10408").containsEntry("PRT 2021", "27295");
        }
    }

    @Test
    void eurostatAsylumAnnualAndMonthlyWithTheirOwnDimensionOrders() {
        try (TestStore store = new TestStore(dir)) {
            for (String file : List.of("migr_asyappctza_EXT_EU27_2020_annual_2013-2024.tsv",
                    "migr_asyappctzm_EXT_EU27_2020_monthly_2024-03_2025-02.tsv")) {
                LoadReport report = store.load("eurostat-asylum", RealFeeds.file("eurostat-tsv/" + file));
                assertThat(report.status()).as(file).isEqualTo(LoadReport.COMMITTED);
                assertThat(report.rejected()).as(file).isZero();
            }
            Map<String, String> annual = figures(store, "ASYL_APP", "A", "EXT_EU27_2020");
            assertThat(annual).containsEntry("ESP 2019", "117800").containsEntry("ESP 2024", "166145")
                    .containsEntry("FRA 2022", "156455").containsEntry("ITA 2024", "158605")
                    .containsEntry("MLT 2019", "4090").containsEntry("PRT 2023", "2695")
                    .containsEntry("EU27_2020 2024", "996815 E").doesNotContainKey("PRT 2024");
            assertThat(figures(store, "ASYL_APP_FIRST", "A", "EXT_EU27_2020")).containsEntry("ESP 2019", "115175");
            assertThat(figures(store, "ASYL_APP_SUBSEQ", "A", "EXT_EU27_2020")).containsEntry("ESP 2021", "3245")
                    .doesNotContainKeys("ESP 2019", "ESP 2020");
            Map<String, String> monthly = figures(store, "ASYL_APP", "M", "EXT_EU27_2020");
            assertThat(monthly).containsEntry("ESP 2024-03", "13405").containsEntry("ESP 2025-02", "12975")
                    .containsEntry("EU27_2020 2024-12", "68750 E").doesNotContainKey("ITA 2025-02");
        }
    }
}
