package org.rives.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.store.LoadReport;
import org.rives.testing.RealFeeds;
import org.rives.testing.TestStore;

/**
 * Eurostat's SDMX-CSV exports with labels (../shared/real-feeds/eurostat-sdmx-csv) load through the
 * shipped connectors with no rejection and give the figures their PROVENANCE.md lists.
 */
class EurostatSdmxCsvRealFeedTest {

    @TempDir
    Path dir;


    @Test
    void asylumApplicantsFromTps00191() {
        try (TestStore store = new TestStore(dir)) {
            RealFeeds.committedCleanly(store.load("eurostat-asylum-sdmx",
                    RealFeeds.file("eurostat-sdmx-csv/tps00191_asylum_applicants_labels.csv")));
            Map<String, String> f = RealFeeds.figures(store, "ASYL_APP", "counterpart_area = 'EXT_EU27_2020'");
            assertThat(f).containsEntry("ESP 2022", "117945").containsEntry("ESP 2023", "162420")
                    .containsEntry("ESP 2024", "166145").containsEntry("FRA 2024", "157850")
                    .containsEntry("ITA 2024", "158605").containsEntry("MLT 2024", "725")
                    .containsEntry("PRT 2023", "2695").containsEntry("PRT 2024", "2655")
                    .containsEntry("AUT 2013", "17500");
        }
    }

    @Test
    void validResidencePermitsByReasonFromTps00171() {
        try (TestStore store = new TestStore(dir)) {
            LoadReport report = store.load("eurostat-residence-permits",
                    RealFeeds.file("eurostat-sdmx-csv/tps00171_all_valid_permits_31dec_labels.csv"));
            RealFeeds.committedCleanly(report);
            assertThat(report.missingCells()).isEqualTo(916);
            assertThat(RealFeeds.figures(store, "RESPERM_VALID", "breakdown = '_T'"))
                    .containsEntry("ESP 2023", "3823572").containsEntry("ITA 2023", "3730915");
            assertThat(RealFeeds.figures(store, "RESPERM_VALID", "breakdown = 'FAM'"))
                    .containsEntry("ESP 2023", "1400291");
            assertThat(RealFeeds.figures(store, "RESPERM_VALID", "breakdown = 'EDUC'"))
                    .containsEntry("ITA 2023", "58510").containsEntry("FRA 2023", "342814");
            assertThat(RealFeeds.figures(store, "RESPERM_VALID", "breakdown = 'OCC'")).doesNotContainKey("ESP 2023");
        }
    }
    /** tps00170 is migr_resfirst's total over reasons: the same indicator as the TSV, breakdown total. */
    @Test
    void firstResidencePermitsFromTps00170() {
        try (TestStore store = new TestStore(dir)) {
            LoadReport report = store.load("eurostat-first-permits-sdmx",
                    RealFeeds.file("eurostat-first-permits/tps00170_first_permits_labels.csv"));
            RealFeeds.committedCleanly(report);
            assertThat(report.rowsRead()).isEqualTo(387);
            Map<String, String> f = RealFeeds.figures(store, "RESPERM_FIRST", "breakdown = '_T' AND counterpart_area = '_T'");
            assertThat(f).containsEntry("ESP 2019", "320037").containsEntry("ESP 2022", "455553")
                    .containsEntry("ESP 2023", "548697 B").containsEntry("FRA 2019", "287443")
                    .containsEntry("FRA 2022", "326948").containsEntry("FRA 2023", "335074 P")
                    .containsEntry("ITA 2019", "238714").containsEntry("ITA 2022", "337788 B")
                    .containsEntry("ITA 2023", "389542").containsEntry("MLT 2019", "21165")
                    .containsEntry("MLT 2022", "37851").containsEntry("MLT 2023", "41927")
                    .containsEntry("PRT 2019", "93475").containsEntry("PRT 2022", "108684")
                    .containsEntry("PRT 2023", "135907").containsEntry("EU27_2020 2022", "3576621")
                    .containsEntry("EU27_2020 2023", "3741015").doesNotContainKey("EU27_2020 2012");
        }
    }
}
