package org.rives.connector.realfeeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IOM Missing Migrants exports in two layouts, summed by route, against the figures in PROVENANCE.md. */
class IomMissingMigrantsRealFeedTest {

    @Test
    void sumsThe2020ExportByRouteAndYear(@TempDir Path work) {
        Path file = RealFeed.file("iom-mmp", "MissingMigrants-Global-export-2020-01-16.csv");
        try (RealFeed feed = RealFeed.load(work, "iom-missing-migrants", file)) {
            assertThat(feed.report.rowsRead()).isEqualTo(6339);
            assertThat(feed.report.rejected()).isZero();
            // dead / missing / total for 2016..2019
            long[][] central = {{1128, 3453, 4581}, {795, 2058, 2853}, {288, 1026, 1314}, {269, 501, 770}};
            long[][] western = {{27, 101, 128}, {93, 131, 224}, {329, 482, 811}, {118, 359, 477}};
            long[][] atlantic = {{0, 28, 28}, {1, 0, 1}, {15, 28, 43}, {100, 70, 170}};
            for (int i = 0; i < 4; i++) {
                String year = String.valueOf(2016 + i);
                expect(feed, "ROUTE_CMED", year, central[i]);
                expect(feed, "ROUTE_WMED", year, western[i]);
                expect(feed, "ROUTE_WAFR", year, atlantic[i]);
            }
            // The "1,022" of the 18 April 2015 shipwreck is one thousand and twenty-two.
            assertThat(feed.number("DEAD_MISSING", "ROUTE_CMED", "_T", "_T", "_T", "2015-04")).isGreaterThanOrEqualTo(1022);
        }
    }

    @Test
    void sumsThe2026ExportWhoseTotalIsDeadPlusMissing(@TempDir Path work) {
        Path file = RealFeed.file("iom-mmp", "MissingMigrants-Global-2026-05-06--19_42_11.csv");
        try (RealFeed feed = RealFeed.load(work, "iom-missing-migrants", file)) {
            assertThat(feed.report.rowsRead()).isEqualTo(238);
            assertThat(feed.report.rejected()).isZero();
            expect(feed, "ROUTE_CMED", "2026", new long[] {149, 671, 820});
            expect(feed, "ROUTE_WMED", "2026", new long[] {111, 43, 154});
            expect(feed, "ROUTE_EMED", "2026", new long[] {125, 112, 237});
            expect(feed, "ROUTE_WAFR", "2026", new long[] {47, 82, 129});
        }
    }

    private static void expect(RealFeed feed, String route, String year, long[] deadMissingTotal) {
        assertThat(feed.number("DEAD_MISSING", route, "_T", "_T", "DEAD", year)).as("%s %s dead", route, year)
                .isEqualTo(deadMissingTotal[0]);
        assertThat(feed.number("DEAD_MISSING", route, "_T", "_T", "MISSING", year)).as("%s %s missing", route, year)
                .isEqualTo(deadMissingTotal[1]);
        assertThat(feed.number("DEAD_MISSING", route, "_T", "_T", "_T", year)).as("%s %s total", route, year)
                .isEqualTo(deadMissingTotal[2]);
    }
}
