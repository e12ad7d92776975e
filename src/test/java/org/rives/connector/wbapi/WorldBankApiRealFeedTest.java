package org.rives.connector.wbapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.store.LoadReport;
import org.rives.testing.RealFeeds;
import org.rives.testing.TestStore;

/** The World Bank API response in ../shared/real-feeds loads through the shipped connector. */
class WorldBankApiRealFeedTest {

    @TempDir
    Path dir;

    @Test
    void migrantStockForTheTenCountriesInTheBenchmarkYears() {
        try (TestStore store = new TestStore(dir)) {
            LoadReport report = store.load("worldbank-api-migrant-stock",
                    RealFeeds.file("worldbank-api-json/wb_SM_POP_TOTL.json"));
            assertThat(report.status()).as("%s %s", report.message(), report.rejections())
                    .isEqualTo(LoadReport.COMMITTED);
            assertThat(report.rejected()).isZero();
            assertThat(report.rowsRead()).isEqualTo(3445);
            Map<String, String> f = RealFeeds.figures(store, "MIGR_STOCK", "counterpart_area = '_T'");
            assertThat(f).containsEntry("MAR 2010", "71189").containsEntry("MAR 2015", "92424")
                    .containsEntry("MAR 2020", "102358").containsEntry("DZA 2010", "217268")
                    .containsEntry("DZA 2015", "239473").containsEntry("DZA 2020", "250378")
                    .containsEntry("TUN 2010", "43172").containsEntry("TUN 2015", "56532")
                    .containsEntry("TUN 2020", "60145").containsEntry("LBY 2010", "687192")
                    .containsEntry("LBY 2015", "771146").containsEntry("LBY 2020", "826537")
                    .containsEntry("MRT 2010", "84920").containsEntry("MRT 2015", "166552")
                    .containsEntry("MRT 2020", "182286").containsEntry("ESP 2010", "6281193")
                    .containsEntry("ESP 2015", "5892847").containsEntry("ESP 2020", "7146130")
                    .containsEntry("FRA 2010", "7322210").containsEntry("FRA 2015", "7978076")
                    .containsEntry("FRA 2020", "8610719").containsEntry("ITA 2010", "4719233")
                    .containsEntry("ITA 2015", "5506199").containsEntry("ITA 2020", "6223851")
                    .containsEntry("MLT 2010", "33008").containsEntry("MLT 2015", "52642")
                    .containsEntry("MLT 2020", "114760").containsEntry("PRT 2010", "762825")
                    .containsEntry("PRT 2015", "864814").containsEntry("PRT 2020", "1001963")
                    .doesNotContainKeys("MAR 2021", "ESP 2011", "ARB 2020", "WLD 2020");
        }
    }
}
