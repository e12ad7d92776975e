package org.rives.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** SDMX-CSV opens in spreadsheets too: a publisher's flag text must not run as a formula, a figure must stay a figure. */
class SdmxCsvWriterTest {

    @Test
    void neutralisesFormulaTextButKeepsNegativeFigures() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SdmxCsvWriter writer = new SdmxCsvWriter(out, false, null);
        Dataflow flow = new Dataflow(new ArtefactRef(ArtefactType.DATAFLOW, "RIVES", "DF_MOBILITY", "1.0"),
                Map.of("en", "Mobility"), Map.of(), Set.of());
        writer.start(new DataMessage(flow, "TIME_PERIOD"));
        writer.startDataSet(DataSetKind.CURRENT);
        writer.startSeries(List.of(new ComponentValue("REF_AREA", "MAR")), List.of());
        writer.observation(List.of(new ComponentValue("TIME_PERIOD", "2022")), "-12.5",
                List.of(new ComponentValue("OBS_FLAG", "=HYPERLINK(\"http://x\")")));
        writer.endSeries();
        writer.endDataSet();
        writer.finish();

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",MAR,").contains(",2022,-12.5,")
                .endsWith(",\"'=HYPERLINK(\"\"http://x\"\")\"");
    }
}
