package org.rives.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.TestStore;

/**
 * A delta (an SDMX updatedAfter answer) revises and adds what it carries and withdraws exactly the observations
 * its Delete data set names; read as a replacement, the same file would withdraw what it leaves out.
 */
class DeltaLoadTest {

    static final String CONNECTOR = "rives-node-example";
    static final Path SAMPLE = TestStore.REPO.resolve("sample-data/rives-node/DF_MIGRATION_IMMIG_ITA_istat.xml");
    static final String SERIES = "<Series FREQ=\"A\" INDICATOR=\"IMMIG\" REF_AREA=\"ITA\" COUNTERPART_AREA=\"%s\" "
            + "SEX=\"_T\" AGE=\"_T\" BREAKDOWN=\"_T\" SOURCE=\"istat-it-immigrazioni\" UNIT_MEASURE=\"PERS\" "
            + "UNIT_MULT=\"0\" ILLUSTRATIVE=\"false\">";
    /** Algerians' 2022 revised and 2024 added; Libyans' 2021 withdrawn. */
    static final String CHANGES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <mes:StructureSpecificData xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" \
            xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific">
            <mes:DataSet ss:action="Replace">
            %s<Obs TIME_PERIOD="2022" OBS_VALUE="1200" OBS_STATUS="A"/><Obs TIME_PERIOD="2024" OBS_VALUE="1700" \
            OBS_STATUS="P"/></Series>
            </mes:DataSet>
            <mes:DataSet ss:action="Delete">
            %s<Obs TIME_PERIOD="2021"/></Series>
            </mes:DataSet>
            </mes:StructureSpecificData>
            """.formatted(SERIES.formatted("DZA"), SERIES.formatted("LBY"));

    @Test
    void upsertsWhatItCarriesAndWithdrawsOnlyWhatItNames(@TempDir Path dir) throws Exception {
        try (TestStore store = new TestStore(dir)) {
            assertThat(store.load(CONNECTOR, SAMPLE).changes().added()).isEqualTo(43);
            LoadReport delta = store.loads.load(new LoadRequest(CONNECTOR,
                    store.file("changes.xml", CHANGES, UTF_8), "changes.xml", false, false, true));
            assertThat(delta.status()).as("%s", delta.rejections()).isEqualTo(LoadReport.COMMITTED);
            assertThat(delta.changes()).isEqualTo(new LoadReport.Changes(1, 1, 1, 0));
            assertThat(delta.message()).contains("delta");
            assertThat(current(store)).hasSize(43)
                    .contains("DZA 2022 1200.0", "DZA 2024 1700.0", "DZA 2021 678.0", "LBY 2022 337.0")
                    .doesNotContain("DZA 2022 1143.0", "LBY 2021 269.0");
            assertThat(store.rows("SELECT count(*) FROM observation WHERE superseded_by = " + delta.loadId()))
                    .containsExactly("2");
        }
    }

    @Test
    void theSameFileAsAReplacementWithdrawsWhatItLeavesOut(@TempDir Path dir) throws Exception {
        try (TestStore store = new TestStore(dir)) {
            store.load(CONNECTOR, SAMPLE);
            LoadReport full = store.load(CONNECTOR, store.file("changes.xml", CHANGES, UTF_8));
            assertThat(full.changes().withdrawn()).as("LBY 2021 named, DZA 2023 left out of 2022-2024")
                    .isEqualTo(2);
            assertThat(current(store)).doesNotContain("DZA 2023 1650.0", "LBY 2021 269.0");
        }
    }

    private static List<String> current(TestStore store) {
        return store.rows("SELECT counterpart_area || ' ' || time_period || ' ' || obs_value FROM observation_long "
                + "WHERE superseded_by IS NULL");
    }
}
