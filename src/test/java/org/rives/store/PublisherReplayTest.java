package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.PublisherRecordings;
import org.rives.testing.RealFeeds;
import org.rives.testing.Replay;
import org.rives.testing.TestStore;

/**
 * Each pull connector end to end, through the real URLs: its URL template resolved, the request sent to the
 * publisher's address (rewritten to the replay server, which answers only the recorded URL), the body
 * unzipped, gunzipped or paged as the connector declares, loaded, and the published figures of the real file's
 * PROVENANCE.md found in the store. Where no real file of the endpoint's layout exists, the connector's sample
 * is served, and the store must hold exactly the figures the sample gives when loaded by hand.
 */
class PublisherReplayTest {

    @TempDir
    Path dir;

    private Replay replay(String connector) {
        Replay replay = Replay.of(dir, connector);
        SourceRefresh refresh = replay.refresh(connector);
        assertThat(refresh.outcome()).as(refresh.summary()).isEqualTo(SourceRefresh.COMMITTED);
        refresh.parts().forEach(part -> assertThat(part.load().rejected()).as(part.url()).isZero());
        replay.assertAskedExactlyItsUrls(connector);
        return replay;
    }

    private static Map<String, String> figures(Replay replay, String indicator, String where) {
        return RealFeeds.figures(replay.store, indicator, where);
    }

    /** The served sample's own figures: every current figure of the store, as loading the sample by hand gives. */
    private void servesTheSample(String connector, String... samples) {
        List<String> byHand;
        try (TestStore store = new TestStore(dir.resolve("by-hand"))) {
            for (String sample : samples) {
                RealFeeds.committedCleanly(store.load(connector, TestStore.REPO.resolve("sample-data").resolve(sample)));
            }
            byHand = current(store);
        }
        try (Replay replay = replay(connector)) {
            assertThat(current(replay.store)).isNotEmpty().isEqualTo(byHand);
        }
    }

    private static List<String> current(TestStore store) {
        return store.rows("SELECT indicator, ref_area, counterpart_area, sex, age, breakdown, freq, time_period, "
                + "obs_value, obs_status FROM observation_long WHERE superseded_by IS NULL ORDER BY ALL");
    }

    @Test
    void eurostatAsylumAnnualAndMonthlyTsvInGzip() {
        try (Replay replay = replay("eurostat-asylum")) {
            assertThat(figures(replay, "ASYL_APP", "freq = 'A' AND counterpart_area = 'EXT_EU27_2020'"))
                    .containsEntry("ESP 2019", "117800").containsEntry("ESP 2024", "166145")
                    .containsEntry("ITA 2024", "158605").containsEntry("EU27_2020 2024", "996815 E")
                    .doesNotContainKey("PRT 2024");
            assertThat(figures(replay, "ASYL_APP", "freq = 'M' AND counterpart_area = 'EXT_EU27_2020'"))
                    .containsEntry("ESP 2024-03", "13405").containsEntry("ESP 2025-02", "12975");
        }
    }

    @Test
    void eurostatAsylumApplicantsSdmxCsvWithLabels() {
        try (Replay replay = replay("eurostat-asylum-sdmx")) {
            assertThat(figures(replay, "ASYL_APP", "counterpart_area = 'EXT_EU27_2020'"))
                    .containsEntry("ESP 2024", "166145").containsEntry("PRT 2024", "2655")
                    .containsEntry("MLT 2024", "725");
        }
    }

    @Test
    void eurostatValidResidencePermitsSdmxCsvWithLabels() {
        try (Replay replay = replay("eurostat-residence-permits")) {
            assertThat(figures(replay, "RESPERM_VALID", "breakdown = '_T'")).containsEntry("ESP 2023", "3823572")
                    .containsEntry("ITA 2023", "3730915");
            assertThat(figures(replay, "RESPERM_VALID", "breakdown = 'FAM'")).containsEntry("ESP 2023", "1400291");
        }
    }

    @Test
    void eurostatFirstPermitsSdmxCsvWithLabels() {
        try (Replay replay = replay("eurostat-first-permits-sdmx")) {
            assertThat(figures(replay, "RESPERM_FIRST", "breakdown = '_T'")).containsEntry("ESP 2023", "548697 B")
                    .containsEntry("ITA 2022", "337788 B").containsEntry("EU27_2020 2023", "3741015");
        }
    }

    @Test
    void eurostatMonthlyExchangeRatesInThePublishersGzip() {
        try (Replay replay = replay("eurostat-ert")) {
            assertThat(figures(replay, "XRATE_EUR", "freq = 'M'")).containsEntry("USA 2009-01", "1.3239")
                    .containsEntry("USA 2009-12", "1.4614").containsEntry("USA 2012-12", "1.3119")
                    .containsEntry("USA 2013-12", "1.3704").containsEntry("USA 2014-08", "1.3316")
                    .containsEntry("USA 1999-01", "1.1608").containsEntry("USA 1998-12", "1.17212")
                    .containsEntry("ISL 2014-08", "154.42 D");
        }
    }

    @Test
    void eurostatAnnualExchangeRateJsonStat() {
        try (Replay replay = replay("eurostat-ert-annual")) {
            assertThat(figures(replay, "XRATE_EUR", "true")).containsExactly(java.util.Map.entry("USA 2018", "1.181"));
        }
    }

    /** The ECB's zip, its one CSV member, daily rates averaged into whole months and years on load. */
    @Test
    void ecbReferenceRatesFromItsZipAsMonthlyAndAnnualMeans() {
        try (Replay replay = replay("ecb-eurofxref")) {
            assertThat(figures(replay, "XRATE_EUR", "freq = 'A'")).containsEntry("USA 2019", "1.1195")
                    .containsEntry("USA 2020", "1.1422").containsEntry("USA 2021", "1.1827")
                    .containsEntry("USA 2022", "1.053").containsEntry("USA 2023", "1.0813")
                    .containsEntry("USA 2024", "1.0824").containsEntry("USA 2025", "1.13")
                    .doesNotContainKeys("USA 2026", "RUS 2022");
            assertThat(figures(replay, "XRATE_EUR", "freq = 'M'")).containsEntry("USA 2024-03", "1.0872")
                    .containsEntry("USA 2026-03", "1.1558").containsKey("RUS 2022-02")
                    .doesNotContainKeys("USA 2026-04", "RUS 2022-03");
            assertThat(replay.store.rows("SELECT file_name FROM load")).containsExactly("eurofxref-hist.csv");
        }
    }

    /** The ECB's one-day zip: the day's rates stored as that day's, no mean of April 2026. */
    @Test
    void ecbReferenceRatesOfTheLatestDayFromItsZip() {
        try (Replay replay = replay("ecb-eurofxref-daily")) {
            assertThat(figures(replay, "XRATE_EUR", "true")).hasSize(29).containsEntry("USA 2026-04-13", "1.1684")
                    .containsEntry("JPN 2026-04-13", "186.75").containsEntry("GBR 2026-04-13", "0.87058")
                    .doesNotContainKeys("USA 2026-04", "USA 2026");
            assertThat(replay.store.rows("SELECT file_name FROM load")).containsExactly("eurofxref.csv");
        }
    }

    @Test
    void eurostatIllegallyPresentJsonStat() {
        try (Replay replay = replay("eurostat-illegal-present")) {
            assertThat(figures(replay, "TCN_ILLEGAL", "breakdown = '_T' AND counterpart_area = '_T'"))
                    .containsEntry("ESP 2022", "68100").containsEntry("ITA 2021", "92070")
                    .containsEntry("MLT 2022", "1405").containsEntry("EU27_2020 2015", "2085465");
        }
    }

    @Test
    void eurostatForeignCitizensJsonStat() {
        try (Replay replay = replay("eurostat-foreign-citizens")) {
            assertThat(figures(replay, "FOREIGN_POP", "counterpart_area = '_T'")).containsEntry("ESP 2022", "5509134")
                    .containsEntry("ITA 2019", "4996158 B").containsEntry("PRT 2021", "595794");
        }
    }

    /** PROVENANCE.md gives no migr_pop3ctb figures; the sample is an excerpt of this very response. */
    @Test
    void eurostatForeignBornJsonStatHoldsTheSampleExcerpt() {
        List<String> excerpt;
        try (TestStore store = new TestStore(dir.resolve("sample"))) {
            RealFeeds.committedCleanly(store.load("eurostat-foreign-born",
                    TestStore.REPO.resolve("sample-data/eurostat-foreign-born/migr_pop3ctb.json")));
            excerpt = current(store);
        }
        try (Replay replay = replay("eurostat-foreign-born")) {
            assertThat(current(replay.store)).containsAll(excerpt).hasSizeGreaterThan(excerpt.size());
        }
    }

    @Test
    void eurostatImmigrationServesTheSample() {
        servesTheSample("eurostat-immigration", "eurostat-immigration/migr_imm1ctz_ILLUSTRATIVE.json");
    }

    @Test
    void eurostatEmigrationServesTheSample() {
        servesTheSample("eurostat-emigration", "eurostat-emigration/migr_emi1ctz_ILLUSTRATIVE.json");
    }

    @Test
    void eurostatCitizenshipServesTheSample() {
        servesTheSample("eurostat-citizenship", "eurostat-citizenship/migr_acq_ILLUSTRATIVE.json");
    }

    @Test
    void eurostatFirstPermitsTsvByReason() {
        try (Replay replay = replay("eurostat-first-permits")) {
            assertThat(figures(replay, "RESPERM_FIRST", "breakdown = '_T' AND counterpart_area = '_T'"))
                    .containsEntry("ESP 2023", "548697 B").containsEntry("FRA 2023", "338877")
                    .containsEntry("ITA 2023", "389542").containsEntry("EU27_2020 2023", "3821562");
            assertThat(figures(replay, "RESPERM_FIRST", "breakdown = 'EMP'")).containsEntry("ESP 2023", "128844")
                    .containsEntry("MLT 2023", "27808");
        }
    }

    @Test
    void worldBankBulkZipsTakeTheDataMemberOfEach() {
        try (Replay replay = replay("worldbank-wdi")) {
            assertThat(figures(replay, "REMIT_IN", "true")).containsEntry("MAR 2022", "11170423192.2348")
                    .containsEntry("LBY 2023", "0").doesNotContainKey("MAR 2024");
            assertThat(figures(replay, "REMIT_OUT", "true")).containsEntry("MAR 2020", "151905882.607609");
            assertThat(figures(replay, "NET_MIGR", "true")).containsEntry("MAR 2015", "-81202")
                    .containsEntry("ESP 2022", "39998");
            // the publisher's own zip of the 2018 vintage: a 1959 column, and 2017 empty
            assertThat(figures(replay, "POP", "true")).containsEntry("MAR 2016", "35276786")
                    .containsEntry("MRT 2016", "4301018").containsEntry("MAR 1959", "11950826")
                    .doesNotContainKey("MAR 2017");
            assertThat(figures(replay, "GDP", "true")).isNotEmpty();
            assertThat(replay.store.rows("SELECT file_name FROM load ORDER BY load_id")).containsExactly(
                    "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv", "API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv",
                    "API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv", "API_SP.POP.TOTL_DS2_en_csv_v2.csv",
                    "API_PA.NUS.FCRF_DS2_en_csv_v2.csv", "API_NY.GDP.MKTP.CD_DS2_en_csv_v2.csv");
        }
    }

    @Test
    void worldBankApiMigrantStock() {
        try (Replay replay = replay("worldbank-api-migrant-stock")) {
            assertThat(figures(replay, "MIGR_STOCK", "true")).containsEntry("MAR 2020", "102358")
                    .containsEntry("ESP 2010", "6281193").containsEntry("LBY 2015", "771146")
                    .doesNotContainKey("MAR 2021");
        }
    }

    @Test
    void oecdForeignBornSdmxJson() {
        try (Replay replay = replay("oecd-imd-foreign-born")) {
            assertThat(figures(replay, "MIGR_STOCK", "counterpart_area = '_T'")).hasSize(13)
                    .containsEntry("USA 2010", "39916875").containsEntry("USA 2022", "47331480");
        }
    }

    @Test
    void oecdByCitizenshipSdmxCsvWithLabels() {
        try (Replay replay = replay("oecd-imd-citizenship")) {
            assertThat(figures(replay, "IMMIG", "counterpart_area = '_T'")).containsEntry("ITA 2010", "424499")
                    .containsEntry("ITA 2022", "336495");
            assertThat(figures(replay, "IMMIG", "counterpart_area = 'MAR'")).containsEntry("ITA 2019", "20281");
        }
    }

    /** PROVENANCE.md gives no B15 figure: the thirteen years of the answer are all there. */
    @Test
    void oecdStockOfForeignNationalsSdmxJson() {
        try (Replay replay = replay("oecd-imd")) {
            assertThat(figures(replay, "FOREIGN_POP", "ref_area = 'USA'")).hasSize(13).containsKeys("USA 2010", "USA 2022");
        }
    }

    @Test
    void istatAsksForSdmxCsvByTheAcceptHeaderAndServesTheSample() {
        servesTheSample("istat-it-stranieri", "istat-it-stranieri/DCIS_POPSTRCIT1_ILLUSTRATIVE.csv");
    }

    @Test
    void istatImmigrationByCitizenshipSdmxCsv() {
        try (Replay replay = replay("istat-it-immigrazioni")) {
            assertThat(figures(replay, "IMMIG", "sex = '_T' AND age = '_T' AND counterpart_area = 'MAR'"))
                    .containsEntry("ITA 2019", "20281").containsEntry("ITA 2023", "20928");
            assertThat(figures(replay, "IMMIG", "sex = '_T' AND age = '_T' AND counterpart_area = 'FOR'"))
                    .containsEntry("ITA 2023", "378372");
        }
    }

    @Test
    void istatForeignResidentsByAreaSdmxCsv() {
        try (Replay replay = replay("istat-it-stranieri-aree")) {
            assertThat(figures(replay, "FOREIGN_POP", "sex = '_T' AND counterpart_area = '_T'"))
                    .containsExactly(Map.entry("ITA 2023", "5141341"));
            assertThat(figures(replay, "FOREIGN_POP", "sex = '_T' AND counterpart_area = 'EU28'"))
                    .containsEntry("ITA 2023", "1393782");
        }
    }

    @Test
    void unDesaWorkbook() {
        try (Replay replay = replay("undesa-migrant-stock")) {
            assertThat(figures(replay, "MIGR_STOCK", "sex = '_T'")).containsEntry("MAR 2020", "102358")
                    .containsEntry("ESP 2024", "8870527").containsEntry("LBY 1990", "457075");
        }
    }

    @Test
    void unhcrDownloadZipHoldsThePopulationFile() {
        try (Replay replay = replay("unhcr-population")) {
            assertThat(figures(replay, "ASYL_SEEKERS", "counterpart_area = '_T'")).containsEntry("ESP 2021", "91585")
                    .containsEntry("LBY 2019", "42796").containsEntry("FRA 2020", "118137");
            assertThat(replay.store.rows("SELECT file_name FROM load")).containsExactly("population.csv");
        }
    }

    @Test
    void iomMissingMigrantsExport() {
        try (Replay replay = replay("iom-missing-migrants")) {
            assertThat(figures(replay, "DEAD_MISSING", "freq = 'A' AND breakdown = 'DEAD'"))
                    .containsEntry("ROUTE_CMED 2026", "149").containsEntry("ROUTE_WMED 2026", "111");
            assertThat(figures(replay, "DEAD_MISSING", "freq = 'A' AND breakdown = 'MISSING'"))
                    .containsEntry("ROUTE_CMED 2026", "671").containsEntry("ROUTE_WAFR 2026", "82");
        }
    }

    @Test
    void viminaleLandingsFromOnDatasDerivedTable() {
        try (Replay replay = replay("viminale-it-sbarchi")) {
            assertThat(figures(replay, "SEA_ARRIVALS", "counterpart_area = 'TUN'")).containsEntry("ITA 2023", "17322")
                    .containsEntry("ITA 2024", "7677").doesNotContainKey("ITA 2025");
        }
    }

    /** onData's daily table: the latest report of each day, whole months only (September 2025 is half reported). */
    @Test
    void viminaleMonthlyLandingsFromOnDatasDailyTable() {
        try (Replay replay = replay("viminale-it-sbarchi-mensili")) {
            assertThat(figures(replay, "SEA_ARRIVALS", "counterpart_area = '_T'")).hasSize(72)
                    .containsEntry("ITA 2023-01", "4959").containsEntry("ITA 2023-08", "25588")
                    .containsEntry("ITA 2024-08", "8137").doesNotContainKey("ITA 2025-09");
        }
    }

    @Test
    void ineTempusTableOfAcquisitionsOfNationality() {
        try (Replay replay = replay("ine-es-nacionalidad")) {
            assertThat(figures(replay, "CITIZ_ACQ", "breakdown = '_T' AND counterpart_area = 'MAR'"))
                    .containsEntry("ESP 2022", "55463").containsEntry("ESP 2023", "54027");
            assertThat(figures(replay, "CITIZ_ACQ", "breakdown = '_T' AND counterpart_area = '_T'"))
                    .containsEntry("ESP 2024", "252476").containsEntry("ESP 2025", "299732");
        }
    }

    @Test
    void ineMigracionesServesTheSample() {
        servesTheSample("ine-migraciones", "ine-migraciones/24295.csv");
    }

    @Test
    void everyPullConnectorHasItsReplayTest() {
        try (TestStore store = new TestStore(dir)) {
            List<String> pull = store.connectors.all().stream()
                    .filter(d -> d.remote() != null && d.remote().hasEndpoint()).map(d -> d.id()).sorted().toList();
            assertThat(PublisherRecordings.connectors()).containsExactlyInAnyOrderElementsOf(pull);
        }
    }
}
