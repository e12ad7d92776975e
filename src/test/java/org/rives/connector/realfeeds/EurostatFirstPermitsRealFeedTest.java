package org.rives.connector.realfeeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.RealFeeds;

/** Eurostat's migr_resfirst TSV (a filtered data-browser download), against the figures of its PROVENANCE.md. */
class EurostatFirstPermitsRealFeedTest {

    private static Map<String, String> byReason(RealFeed feed, String reason) {
        return RealFeeds.figures(feed.store, "RESPERM_FIRST", "counterpart_area = '_T' AND breakdown = '" + reason + "'");
    }

    @Test
    void firstPermitsOf2023ByReasonWithEmploymentUnderItsRealCode(@TempDir Path work) {
        Path file = RealFeed.file("eurostat-first-permits", "estat_migr_resfirst_filtered.tsv");
        try (RealFeed feed = RealFeed.load(work, "eurostat-first-permits", file)) {
            assertThat(feed.report.rowsRead()).isEqualTo(160);
            assertThat(feed.report.rejected()).isZero();
            assertThat(byReason(feed, "_T")).containsEntry("ESP 2023", "548697 B").containsEntry("FRA 2023", "338877")
                    .containsEntry("ITA 2023", "389542").containsEntry("MLT 2023", "41927")
                    .containsEntry("PRT 2023", "135907").containsEntry("EU27_2020 2023", "3821562");
            assertThat(byReason(feed, "EDUC")).containsEntry("ESP 2023", "90922 B");
            assertThat(byReason(feed, "EMP")).containsEntry("ESP 2023", "128844").containsEntry("FRA 2023", "58762")
                    .containsEntry("MLT 2023", "27808").containsEntry("PRT 2023", "55161")
                    .containsEntry("EU27_2020 2023", "1275215").hasSize(32);
            assertThat(byReason(feed, "FAM")).containsEntry("ESP 2023", "230138").containsEntry("ITA 2023", "135734");
            assertThat(byReason(feed, "OTH")).containsEntry("ESP 2023", "98793").containsEntry("ITA 2023", "187754");
            assertThat(feed.report.warnings()).noneMatch(warning -> warning.contains("breakdown mapping"));
        }
    }

    @Test
    void theReasonsOfSpainAddUpToItsTotal(@TempDir Path work) {
        Path file = RealFeed.file("eurostat-first-permits", "estat_migr_resfirst_filtered.tsv");
        try (RealFeed feed = RealFeed.load(work, "eurostat-first-permits", file)) {
            double reasons = 0;
            for (String reason : new String[] {"EDUC", "EMP", "FAM", "OTH"}) {
                reasons += feed.number("RESPERM_FIRST", "ESP", "_T", "_T", reason, "2023");
            }
            assertThat(reasons).isEqualTo(feed.number("RESPERM_FIRST", "ESP", "_T", "_T", "_T", "2023"));
        }
    }
}
