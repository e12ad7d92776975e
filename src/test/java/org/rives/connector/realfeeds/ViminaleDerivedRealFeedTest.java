package org.rives.connector.realfeeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.RealFeeds;

/**
 * onData's tables of the Viminale dashboard's landings, by nationality and by day (../shared/real-feeds/
 * viminale-sbarchi-DERIVED-ondata: derived from the Ministry's PDFs, not its bytes), against its PROVENANCE.md.
 */
class ViminaleDerivedRealFeedTest {

    private static final Map<String, Long> YEAR_2023 = Map.of("TUN", 17322L, "EGY", 11072L, "GIN", 18211L,
            "CIV", 16005L, "BGD", 12169L, "PAK", 7642L, "SYR", 9547L, "BFA", 8414L, "MLI", 5938L, "SDN", 5834L);
    private static final Map<String, Long> YEAR_2024 = Map.of("BGD", 13779L, "SYR", 12504L, "TUN", 7677L,
            "EGY", 4296L, "GIN", 3542L, "PAK", 3284L, "SDN", 2137L, "ERI", 2130L, "MLI", 1667L, "GMB", 1618L);

    @Test
    void yearEndReportsGiveTheYearsLandingsByNationality(@TempDir Path work) {
        Path file = RealFeed.file("viminale-sbarchi-DERIVED-ondata", "DERIVED_nazionalita.csv");
        try (RealFeed feed = RealFeed.load(work, "viminale-it-sbarchi", file)) {
            // 144 reports; the six of 31 December (2019-2024) are read, eleven rows each, "altre" excluded
            assertThat(feed.report.rowsRead()).isEqualTo(1619);
            assertThat(feed.report.filtered()).isEqualTo(1619 - 66);
            assertThat(feed.report.excluded()).isEqualTo(6);
            assertThat(feed.report.observations()).isEqualTo(60);
            expect(feed, "2023", YEAR_2023);
            expect(feed, "2024", YEAR_2024);
            // with "altre" (45,498 and 13,683), the year-end tables add up to the published totals
            assertThat(sum(feed, "2023") + 45498).isEqualTo(157652);
            assertThat(sum(feed, "2024") + 13683).isEqualTo(66317);
            assertThat(feed.number("SEA_ARRIVALS", "ITA", "DZA", "_T", "_T", "2019")).isEqualTo(1009);
            assertThat(feed.number("SEA_ARRIVALS", "ITA", "MAR", "_T", "_T", "2020")).isEqualTo(1030);
        }
    }

    /**
     * The daily table: each day in the reports of the 15th and of the month's end, the latest kept, the days after
     * a report's date (placeholders) left out, whole months summed; September 2025, reported to the 15th, has none.
     */
    @Test
    void dailyFiguresOfTheLatestReportsAddUpToWholeMonths(@TempDir Path work) {
        Path file = RealFeed.file("viminale-sbarchi-DERIVED-ondata", "DERIVED_sbarchi-per-giorno.csv");
        try (RealFeed feed = RealFeed.load(work, "viminale-it-sbarchi-mensili", file)) {
            assertThat(feed.report.rowsRead()).isEqualTo(4352);
            assertThat(feed.report.rejected()).isZero();
            // 2,207 days from 2019-09-01 to 2025-09-15 reported, 2,192 of them in whole months; every other row is
            // superseded by a later report, a placeholder, or a day of September 2025
            assertThat(feed.report.filtered()).isEqualTo(4352 - 2192);
            assertThat(feed.report.observations()).isEqualTo(72); // 2019-09 to 2025-08
            assertThat(feed.number("SEA_ARRIVALS", "ITA", "_T", "_T", "_T", "2023-01")).isEqualTo(4959);
            assertThat(feed.number("SEA_ARRIVALS", "ITA", "_T", "_T", "_T", "2023-08")).isEqualTo(25588);
            assertThat(feed.number("SEA_ARRIVALS", "ITA", "_T", "_T", "_T", "2024-08")).isEqualTo(8137);
            assertThat(feed.value("SEA_ARRIVALS", "ITA", "_T", "_T", "_T", "2025-09")).isEmpty();
            assertThat(feed.report.warnings()).anySatisfy(warning -> assertThat(warning)
                    .startsWith("no sum for 2025-09 (15 of 30 days)"));
            // the days add up to less than the year's published totals (157,652 and 66,317), as PROVENANCE.md says
            assertThat(monthsSum(feed, "2023-")).isEqualTo(155515);
            assertThat(monthsSum(feed, "2024-")).isEqualTo(64148);
        }
    }

    /** Both tables in one store: the nationalities by year and the monthly totals share no key. */
    @Test
    void theTwoTablesShareNoKey(@TempDir Path work) {
        Path days = RealFeed.file("viminale-sbarchi-DERIVED-ondata", "DERIVED_sbarchi-per-giorno.csv");
        try (RealFeed feed = RealFeed.load(work, "viminale-it-sbarchi-mensili", days)) {
            RealFeeds.committedCleanly(feed.store.load("viminale-it-sbarchi",
                    RealFeed.file("viminale-sbarchi-DERIVED-ondata", "DERIVED_nazionalita.csv")));
            assertThat(feed.store.rows("SELECT source, freq, counterpart_area = '_T', count(*) FROM observation_long "
                    + "WHERE superseded_by IS NULL GROUP BY ALL ORDER BY ALL")).containsExactly(
                    "viminale-it-sbarchi\tA\tfalse\t60", "viminale-it-sbarchi-mensili\tM\ttrue\t72");
        }
    }

    private static void expect(RealFeed feed, String year, Map<String, Long> byNationality) {
        byNationality.forEach((nationality, landed) -> assertThat(
                feed.number("SEA_ARRIVALS", "ITA", nationality, "_T", "_T", year)).as("%s %s", nationality, year)
                .isEqualTo(landed.doubleValue()));
    }

    private static long sum(RealFeed feed, String year) {
        return Long.parseLong(feed.store.rows("SELECT CAST(sum(obs_value) AS BIGINT) FROM observation_long WHERE "
                + "superseded_by IS NULL AND indicator = 'SEA_ARRIVALS' AND time_period = '" + year + "'").get(0));
    }

    /** The sum of the stored months whose period starts so ({@code 2023-}). */
    private static long monthsSum(RealFeed feed, String monthsOf) {
        return Long.parseLong(feed.store.rows("SELECT CAST(sum(obs_value) AS BIGINT) FROM observation_long WHERE "
                + "superseded_by IS NULL AND freq = 'M' AND time_period LIKE '" + monthsOf + "%'").get(0));
    }
}
