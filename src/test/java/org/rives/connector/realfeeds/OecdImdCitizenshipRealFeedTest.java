package org.rives.connector.realfeeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.RealFeeds;

/**
 * The OECD Data Explorer's SDMX-CSV 2.0 download with label columns (B11 inflows into Italy by citizenship),
 * against the figures of its PROVENANCE.md; its attribute-only rows give no figure.
 */
class OecdImdCitizenshipRealFeedTest {

    private static final String FILE = "OECD_DSD_MIG_DF_MIG_ITA_A_B11.TRIMMED-SEX_T.csv";

    private static Map<String, String> inflows(RealFeed feed, String citizenship) {
        return RealFeeds.figures(feed.store, "IMMIG", "counterpart_area = '" + citizenship + "' AND sex = '_T'");
    }

    @Test
    void inflowsIntoItalyByCitizenship(@TempDir Path work) {
        try (RealFeed feed = RealFeed.load(work, "oecd-imd-citizenship", RealFeed.file("oecd-imd-sdmx-csv", FILE))) {
            assertThat(feed.report.rowsRead()).isEqualTo(4575);
            assertThat(feed.report.rejected()).isZero();
            assertThat(inflows(feed, "_T")).containsEntry("ITA 2010", "424499").containsEntry("ITA 2019", "264571")
                    .containsEntry("ITA 2020", "191766").containsEntry("ITA 2021", "243607")
                    .containsEntry("ITA 2022", "336495");
            assertThat(inflows(feed, "MAR")).containsEntry("ITA 2010", "29960").containsEntry("ITA 2019", "20281")
                    .containsEntry("ITA 2022", "19364");
            assertThat(inflows(feed, "TUN")).containsEntry("ITA 2020", "3292").containsEntry("ITA 2022", "7836");
            assertThat(inflows(feed, "DZA")).containsEntry("ITA 2021", "678");
            assertThat(inflows(feed, "LBY")).containsEntry("ITA 2019", "329");
            assertThat(inflows(feed, "MRT")).containsEntry("ITA 2022", "31");
            assertThat(inflows(feed, "ESP")).containsEntry("ITA 2021", "2307");
            assertThat(inflows(feed, "FRA")).containsEntry("ITA 2021", "2172").containsEntry("ITA 2022", "2378");
            assertThat(inflows(feed, "MLT")).containsEntry("ITA 2022", "103");
            assertThat(inflows(feed, "PRT")).containsEntry("ITA 2010", "420");
        }
    }

    @Test
    void theCitizenshipsNotAskedForAndTheAttributeRowsAreFilteredNotLoaded(@TempDir Path work) {
        try (RealFeed feed = RealFeed.load(work, "oecd-imd-citizenship", RealFeed.file("oecd-imd-sdmx-csv", FILE))) {
            assertThat(feed.report.filtered()).isPositive();
            assertThat(feed.report.observations() + feed.report.filtered() + feed.report.missingCells())
                    .isEqualTo(feed.report.cellsRead());
            assertThat(feed.store.rows("SELECT count(*) FROM observation_long WHERE counterpart_area IN "
                    + "('HKG', 'MAC')")).containsExactly("0");
        }
    }
}
