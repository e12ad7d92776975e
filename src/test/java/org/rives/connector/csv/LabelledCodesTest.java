package org.rives.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.CsvOptions;
import org.rives.testing.CellRecorder;

class LabelledCodesTest {

    private static CellRecorder read(boolean labelled, String text) throws Exception {
        CsvOptions options = new CsvOptions(null, null, null, null, "long", null, "TIME_PERIOD", "OBS_VALUE",
                "OBS_STATUS", null, null, null, null, null, null, null, null, null, labelled);
        ConnectorDefinition definition = new ConnectorDefinition("t", "t", "csv", null, List.of(), options, null, null,
                null, null, null, null, null);
        CellRecorder sink = new CellRecorder();
        new CsvFeedReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", definition,
                sink);
        return sink;
    }

    @Test
    void keepsTheCodeOfSdmxCsvTwoLabelledHeadersAndCells() throws Exception {
        CellRecorder sink = read(true, "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA: Reference area,"
                + "COUNTERPART_AREA: Counterpart area,TIME_PERIOD: Time period,OBS_VALUE: Observation value,"
                + "OBS_STATUS: Observation status\n"
                + "dataflow,AU:DF(1.0),I,MA: Morocco,CI: Côte d'Ivoire,2020,12000,E: Estimated value\n"
                + "dataflow,AU:DF(1.0),I,\"TN: Tunisia, Republic of\",LY: Libya,2021,7,\n");
        assertThat(sink.columns).containsExactly("STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA", "COUNTERPART_AREA");
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
        CellRecorder sink = read(false, "REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\nMA: Morocco,2020,1,A: Normal\n");
        assertThat(sink.values()).containsExactly("MA: Morocco 2020=[1] flag=[A: Normal]");
    }
}
