package org.rives.connector.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    @Test
    void namesAFileAsThePublisherDoes() {
        assertThat(DisplayNames.ofUrl("https://www.un.org/x/files/undesa_pd_2024_ims_stock_by_sex_and_destination.xlsx", "c"))
                .isEqualTo("undesa_pd_2024_ims_stock_by_sex_and_destination.xlsx");
        assertThat(DisplayNames.ofUrl("https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/migr_asyappctza/"
                + "A.EXT_EU27_2020.T.PER.TOTAL..?format=TSV", "c")).isEqualTo("migr_asyappctza");
        assertThat(DisplayNames.ofUrl("https://ec.europa.eu/eurostat/api/dissemination/sdmx/3.0/data/dataflow/ESTAT/"
                + "tps00191/1.0/*.*.*?format=csvdata", "c")).isEqualTo("tps00191");
        assertThat(DisplayNames.ofUrl("https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/migr_eipre"
                + "?format=JSON", "c")).isEqualTo("migr_eipre");
        assertThat(DisplayNames.ofUrl("https://api.worldbank.org/v2/country/all/indicator/SM.POP.TOTL?format=json", "c"))
                .isEqualTo("SM.POP.TOTL");
        assertThat(DisplayNames.ofUrl("https://example.org/", "fallback")).isEqualTo("fallback");
    }

    @Test
    void readsTheNameOfAContentDisposition() {
        assertThat(DisplayNames.fromContentDisposition("attachment; filename=\"API_SP.POP.TOTL_DS2_en_csv_v2_5871594.zip\""))
                .isEqualTo("API_SP.POP.TOTL_DS2_en_csv_v2_5871594.zip");
        assertThat(DisplayNames.fromContentDisposition("attachment; filename=../../etc/passwd")).isEqualTo("passwd");
        assertThat(DisplayNames.fromContentDisposition("inline")).isNull();
    }
}
