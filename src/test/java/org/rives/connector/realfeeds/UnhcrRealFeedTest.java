package org.rives.connector.realfeeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UNHCR's Refugee Data Finder export (asylum-seekers by country of asylum), against its PROVENANCE.md. */
class UnhcrRealFeedTest {

    @Test
    void loadsAsylumSeekersByCountryOfAsylum(@TempDir Path work) {
        Path file = RealFeed.file("unhcr-refugee-data-finder",
                "asylum_seekers_by_destination_population.TRIMMED-5plus5-2019-2021.csv");
        try (RealFeed feed = RealFeed.load(work, "unhcr-population", file)) {
            assertThat(feed.report.rejected()).isZero();
            String[][] expected = {
                {"ESP", "133030", "103385", "91585"}, {"ITA", "47030", "53901", "53686"},
                {"MLT", "3793", "4047", "3088"}, {"PRT", "1057", "1154", "303"}, {"MAR", "3313", "7011", "8023"},
                {"DZA", "1725", "2124", "2282"}, {"TUN", "1635", "3700", "5783"}, {"LBY", "42796", "40039", "39434"},
                {"MRT", "1540", "1960", "2768"}};
            for (String[] row : expected) {
                for (int year = 0; year < 3; year++) {
                    assertThat(feed.number("ASYL_SEEKERS", row[0], "_T", "_T", "_T", String.valueOf(2019 + year)))
                            .as("%s %d", row[0], 2019 + year).isEqualTo(Double.parseDouble(row[year + 1]));
                }
            }
            assertThat(feed.number("ASYL_SEEKERS", "FRA", "_T", "_T", "_T", "2020")).isEqualTo(118137);
            assertThat(feed.number("ASYL_SEEKERS", "FRA", "_T", "_T", "_T", "2021")).isEqualTo(82032);
        }
    }
}
