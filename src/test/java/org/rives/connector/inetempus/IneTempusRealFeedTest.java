package org.rives.connector.inetempus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.store.LoadReport;
import org.rives.testing.RealFeeds;
import org.rives.testing.TestStore;

/**
 * INE's Tempus answer for table 15073 (../shared/real-feeds/ine-es-tempus-json, 2018-2025 as the recorder kept
 * it) loads through {@code ine-es-nacionalidad} and gives the figures of its PROVENANCE.md.
 */
class IneTempusRealFeedTest {

    private static final String[] YEARS = {"2019", "2020", "2021", "2022", "2023", "2024"};

    @TempDir
    Path dir;

    @Test
    void acquisitionsOfSpanishNationalityByPreviousNationality() {
        try (TestStore store = new TestStore(dir)) {
            LoadReport report = store.load("ine-es-nacionalidad", RealFeeds.file("ine-es-tempus-json/ine_15073_2018_2025.json"));
            RealFeeds.committedCleanly(report);
            // 280 series of 2,176 figures: those by zone of birth filtered, groups of nationalities excluded
            assertThat(report.rowsRead()).isEqualTo(280);
            assertThat(report.cellsRead()).isEqualTo(2176);
            assertThat(report.filtered()).isEqualTo(1088);
            assertThat(report.excluded()).isEqualTo(224);
            assertThat(report.observations()).isEqualTo(864);
            Map<String, String> all = byPreviousNationality(store, "_T");
            expectYears(all, "_T", 98954, 126266, 144012, 181581, 240208, 252476);
            expectYears(all, "MAR", 24527, 28240, 42000, 55463, 54027, 42910);
            expectYears(all, "DZA", 1183, 1325, 2074, 2228, 2233, 2140);
            expectYears(all, "MRT", 326, 260, 367, 323, 528, 526);
            expectYears(all, "FRA", 90, 99, 161, 247, 425, 1039);
            expectYears(all, "ITA", 596, 710, 810, 1214, 1395, 1864);
            expectYears(all, "PRT", 312, 356, 401, 555, 643, 812);
            assertThat(all).containsEntry("_T 2025", "299732").doesNotContainKeys("TUN 2023", "LBY 2023");
            Map<String, String> bornInSpain = byPreviousNationality(store, "BORN_ESP");
            assertThat(bornInSpain).containsEntry("MAR 2023", "29850").containsEntry("_T 2023", "52451");
        }
    }

    /** Current figures of acquisitions as "PREVIOUS_NATIONALITY YEAR" -> value, for one country of birth. */
    private static Map<String, String> byPreviousNationality(TestStore store, String birth) {
        Map<String, String> figures = new java.util.TreeMap<>();
        for (String row : store.rows("SELECT counterpart_area || ' ' || time_period, obs_value, obs_status "
                + "FROM observation_long WHERE superseded_by IS NULL AND indicator = 'CITIZ_ACQ' AND ref_area = 'ESP' "
                + "AND breakdown = '" + birth + "'")) {
            String[] cells = row.split("\t");
            assertThat(cells[2]).as(cells[0]).isEqualTo("A");
            figures.put(cells[0], new java.math.BigDecimal(cells[1]).stripTrailingZeros().toPlainString());
        }
        return figures;
    }

    private static void expectYears(Map<String, String> figures, String nationality, long... values) {
        for (int i = 0; i < values.length; i++) {
            assertThat(figures).as("%s %s", nationality, YEARS[i])
                    .containsEntry(nationality + " " + YEARS[i], String.valueOf(values[i]));
        }
    }
}
