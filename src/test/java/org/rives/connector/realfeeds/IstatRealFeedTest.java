package org.rives.connector.realfeeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ISTAT's three dataflows in ../shared/real-feeds/istat-sdmx-csv, each through its connector, against PROVENANCE.md. */
class IstatRealFeedTest {

    private static final String FOLDER = "istat-sdmx-csv";

    @Test
    void immigrationByCitizenshipFromDcisMigrazioni2(@TempDir Path work) {
        Path file = RealFeed.file(FOLDER, "istat_DF_DCIS_MIGRAZIONI_2_immigrants_by_citizenship_2019-2023.csv");
        try (RealFeed feed = RealFeed.load(work, "istat-it-immigrazioni", file)) {
            // every row is Italy as a whole (ITTOT): none filtered; groups of citizenships and X95 excluded
            assertThat(feed.report.rowsRead()).isEqualTo(12296);
            assertThat(feed.report.rejected()).isZero();
            assertThat(feed.report.filtered()).isZero();
            assertThat(feed.report.excluded()).isEqualTo(600);
            assertThat(feed.report.observations()).isEqualTo(11696);
            String[][] expected = {
                {"MAR", "20281", "12480", "15372", "19364", "20928"}, {"TUN", "4911", "3292", "4953", "7836", "12609"},
                {"DZA", "786", "462", "678", "1143", "1650"}, {"LBY", "329", "251", "269", "337", "327"},
                {"MRT", "39", "41", "37", "31", "38"}, {"ESP", "2114", "1835", "2307", "2285", "2537"},
                {"FRA", "2061", "1950", "2138", "2306", "2615"}, {"MLT", "44", "55", "78", "103", "127"},
                {"PRT", "528", "429", "539", "670", "702"}, {"FOR", "264571", "191766", "243607", "336495", "378372"},
                {"_T", "332778", "247526", "318366", "410985", "439658"}};
            for (String[] row : expected) {
                for (int i = 1; i < row.length; i++) {
                    String year = String.valueOf(2018 + i);
                    assertThat(feed.number("IMMIG", "ITA", row[0], "_T", "_T", year)).as("%s %s", row[0], year)
                            .isEqualTo(Double.parseDouble(row[i]));
                }
            }
            assertThat(feed.number("IMMIG", "ITA", "MAR", "M", "_T", "2023")).isEqualTo(12085);
            assertThat(feed.number("IMMIG", "ITA", "MAR", "F", "_T", "2023")).isEqualTo(8843);
            assertThat(feed.number("IMMIG", "ITA", "TUN", "M", "_T", "2023")).isEqualTo(8133);
            assertThat(feed.number("IMMIG", "ITA", "TUN", "F", "_T", "2023")).isEqualTo(4476);
            assertThat(feed.store.rows("SELECT count(*) FROM observation_long WHERE obs_status = 'P' AND time_period = '2023'"))
                    .containsExactly("22");
        }
    }

    @Test
    void foreignResidentsByAreaOfCitizenshipFromDcisPopstrcit124(@TempDir Path work) {
        Path file = RealFeed.file(FOLDER, "istat_DF_DCIS_POPSTRCIT1_24_foreign_residents_by_area_2023.csv");
        try (RealFeed feed = RealFeed.load(work, "istat-it-stranieri-aree", file)) {
            // regions and provinces filtered; ISTAT's eleven geopolitical groups excluded, three sexes each
            assertThat(feed.report.rejected()).isZero();
            assertThat(feed.report.filtered()).isEqualTo(5490);
            assertThat(feed.report.excluded()).isEqualTo(33);
            assertThat(feed.report.observations()).isEqualTo(9);
            assertThat(feed.number("FOREIGN_POP", "ITA", "_T", "_T", "_T", "2023")).isEqualTo(5141341);
            assertThat(feed.number("FOREIGN_POP", "ITA", "_T", "M", "_T", "2023")).isEqualTo(2517539);
            assertThat(feed.number("FOREIGN_POP", "ITA", "EU28", "_T", "_T", "2023")).isEqualTo(1393782);
            assertThat(feed.number("FOREIGN_POP", "ITA", "STLS", "_T", "_T", "2023")).isEqualTo(643);
        }
    }

    @Test
    void foreignResidentsByCountryFromTheDataBrowsersWorkbook(@TempDir Path work) {
        Path file = RealFeed.file(FOLDER, "istat_DF_DCIS_POPSTRCIT1_1_foreign_residents_by_country_2023.xlsx");
        try (RealFeed feed = RealFeed.load(work, "istat-it-stranieri-xlsx", file)) {
            // the first sheet (Italy): 207 countries and groups and the "Cittadinanza" row, three sexes each
            assertThat(feed.report.rejected()).isZero();
            assertThat(feed.report.cellsRead()).isEqualTo(624);
            assertThat(feed.report.excluded()).isEqualTo(36);
            assertThat(feed.report.observations()).isEqualTo(588);
            String[][] expected = {{"MAR", "224516", "190572", "415088"}, {"TUN", "64226", "38196", "102422"},
                {"DZA", "11679", "6416", "18095"}, {"LBY", "1923", "965", "2888"}, {"MRT", "555", "173", "728"},
                {"FRA", "12050", "17892", "29942"}, {"ESP", "9539", "18315", "27854"}, {"PRT", "3222", "3842", "7064"},
                {"MLT", "329", "474", "803"}, {"_T", "2517539", "2623802", "5141341"}};
            String[] sexes = {"M", "F", "_T"};
            for (String[] row : expected) {
                for (int i = 0; i < sexes.length; i++) {
                    assertThat(feed.number("FOREIGN_POP", "ITA", row[0], sexes[i], "_T", "2023")).as("%s %s", row[0], sexes[i])
                            .isEqualTo(Double.parseDouble(row[i + 1]));
                }
            }
        }
    }
}
