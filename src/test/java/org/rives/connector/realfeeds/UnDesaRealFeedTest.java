package org.rives.connector.realfeeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UN DESA's International Migrant Stock 2024 workbook, Table 1, against the figures in its PROVENANCE.md. */
class UnDesaRealFeedTest {

    private static final String[] YEARS = {"1990", "2000", "2010", "2015", "2020", "2024"};

    @Test
    void loadsTheMigrantStockOfTheTenCountriesBySex(@TempDir Path work) {
        Path file = RealFeed.file("un-desa-ims", "undesa_pd_2024_ims_stock_by_sex_and_destination.xlsx");
        try (RealFeed feed = RealFeed.load(work, "undesa-migrant-stock", file)) {
            assertThat(feed.report.rejected()).isZero();
            String[][] expected = {
                {"DZA", "273954", "250110", "217268", "239473", "250378", "259458"},
                {"LBY", "457075", "567436", "687192", "771146", "826537", "897751"},
                {"MAR", "54895", "53034", "71189", "92424", "102358", "111069"},
                {"TUN", "37984", "36719", "43172", "56532", "60145", "63201"},
                {"MRT", "111650", "57366", "84920", "166552", "182286", "195937"},
                {"ITA", "1529367", "2143259", "4719233", "5506199", "6223851", "6553671"},
                {"MLT", "15077", "21521", "33008", "52642", "114760", "199466"},
                {"PRT", "435782", "651472", "762825", "864814", "1001963", "1127184"},
                {"ESP", "813588", "2023886", "6281193", "5892847", "7146130", "8870527"},
                {"FRA", "5890023", "6141350", "7322210", "7978076", "8610719", "9186757"}};
            for (String[] row : expected) {
                for (int i = 0; i < YEARS.length; i++) {
                    assertThat(feed.number("MIGR_STOCK", row[0], "_T", "_T", "_T", YEARS[i])).as("%s %s", row[0], YEARS[i])
                            .isEqualTo(Double.parseDouble(row[i + 1]));
                }
            }
            // Both sexes is the sum of the male and female bands (World row 12: 77772082 + 76143981).
            double males = feed.number("MIGR_STOCK", "ESP", "_T", "M", "_T", "2024");
            double females = feed.number("MIGR_STOCK", "ESP", "_T", "F", "_T", "2024");
            assertThat(males + females).isEqualTo(8870527);
        }
    }
}
