package org.rives.connector.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.csv.CsvFeedReader;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;

class LabelledCodesTest {

    private static RecordingSink read(boolean labelled, String text) throws Exception {
        ConnectorDefinition definition = TestDefinitions.of("csv", Map.of("layout", "long", "periodColumn",
                "TIME_PERIOD", "valueColumn", "OBS_VALUE", "flagColumn", "OBS_STATUS", "labelledCodes", labelled));
        RecordingSink sink = new RecordingSink();
        new CsvFeedReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", definition,
                sink);
        return sink;
    }

    @Test
    void keepsTheCodeOfSdmxCsvTwoLabelledHeadersAndCells() throws Exception {
        RecordingSink sink = read(true, "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA: Reference area,"
                + "COUNTERPART_AREA: Counterpart area,TIME_PERIOD: Time period,OBS_VALUE: Observation value,"
                + "OBS_STATUS: Observation status\n"
                + "dataflow,AU:DF(1.0),I,MA: Morocco,CI: Côte d'Ivoire,2020,12000,E: Estimated value\n"
                + "dataflow,AU:DF(1.0),I,\"TN: Tunisia, Republic of\",LY: Libya,2021,7,\n");
        assertThat(sink.names).containsExactly("STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA", "COUNTERPART_AREA");
        assertThat(sink.values()).containsExactly("dataflow|AU:DF(1.0)|I|MA|CI 2020=[12000] flag=[E]",
                "dataflow|AU:DF(1.0)|I|TN|LY 2021=[7] flag=[]");
    }

    @Test
    void leavesAPlainLabelWithAColonWhole() {
        assertThat(LabelledCodes.code("ES: Spain")).isEqualTo("ES");
        assertThat(LabelledCodes.code("_T: Total")).isEqualTo("_T");
        assertThat(LabelledCodes.code("Total: all reasons")).isEqualTo("Total");
        assertThat(LabelledCodes.code("Kosovo (UNSCR 1244): region")).isEqualTo("Kosovo (UNSCR 1244): region");
        assertThat(LabelledCodes.code("Spain")).isEqualTo("Spain");
        assertThat(LabelledCodes.code("ESTAT:TPS00191(1.0)")).isEqualTo("ESTAT:TPS00191(1.0)");
    }

    @Test
    void readsLabelledCellsAsTheyAreWhenTheOptionIsOff() throws Exception {
        RecordingSink sink = read(false, "REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\nMA: Morocco,2020,1,A: Normal\n");
        assertThat(sink.values()).containsExactly("MA: Morocco 2020=[1] flag=[A: Normal]");
    }
}
