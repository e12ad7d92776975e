package org.rives.connector.sdmxjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;

class SdmxJsonFeedReaderTest {

    /** REF_AREA x TIME_PERIOD, time values out of chronological order; OBS_STATUS and UNIT_MULT attributes. */
    private static final String STRUCTURES = "\"structures\":[{\"dimensions\":{\"dataSet\":[],\"series\":[],"
            + "\"observation\":[{\"id\":\"REF_AREA\",\"values\":[{\"id\":\"ESP\"},{\"id\":\"FRA\"}]},"
            + "{\"id\":\"TIME_PERIOD\",\"roles\":[\"TIME_PERIOD\"],\"values\":[{\"id\":\"2022\"},{\"id\":\"2013\"},"
            + "{\"id\":\"2019\"}]}]},\"attributes\":{\"dataSet\":[],\"series\":[],\"observation\":["
            + "{\"id\":\"OBS_STATUS\",\"values\":[{\"id\":\"A\"},{\"id\":\"E\"}]},"
            + "{\"id\":\"UNIT_MULT\",\"values\":[{\"id\":\"0\"}]}]}}]";
    private static final String DATA_SETS = "\"dataSets\":[{\"structure\":0,\"action\":\"Information\","
            + "\"observations\":{\"0:0\":[7468144,0,0],\"0:2\":[6538960.44,1,0],\"1:1\":[null,null,null]}}]";

    private static RecordingSink read(String json) throws Exception {
        RecordingSink sink = new RecordingSink();
        ConnectorDefinition definition = TestDefinitions.of("sdmx-json");
        new SdmxJsonFeedReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json",
                definition, sink);
        return sink;
    }

    @Test
    void mapsEveryTimeIndexThroughTheStructureWhenTheStructureComesLast() throws Exception {
        RecordingSink sink = read("{\"meta\":{},\"data\":{" + DATA_SETS + "," + STRUCTURES + "},\"errors\":[]}");
        assertThat(sink.names).containsExactly("REF_AREA", "OBS_STATUS", "UNIT_MULT");
        assertThat(sink.values()).containsExactly("ESP|A|0 2022=[7468144] flag=[A]",
                "ESP|E|0 2019=[6538960.44] flag=[E]", "FRA|| 2013=[]");
        assertThat(sink.rows).isEqualTo(3);
    }

    @Test
    void readsTheSameWhenTheStructureComesFirst() throws Exception {
        RecordingSink last = read("{\"data\":{" + DATA_SETS + "," + STRUCTURES + "}}");
        RecordingSink first = read("{\"data\":{" + STRUCTURES + "," + DATA_SETS + "}}");
        assertThat(first.values()).isEqualTo(last.values()).hasSize(3);
    }

    @Test
    void readsVersionOneWithASingleStructureAndATimeRole() throws Exception {
        String structure = "\"structure\":{\"dimensions\":{\"observation\":["
                + "{\"id\":\"REF_AREA\",\"values\":[{\"id\":\"PRT\"}]},"
                + "{\"id\":\"TIME\",\"role\":\"time\",\"values\":[{\"id\":\"2021\"},{\"id\":\"2011\"}]}]},"
                + "\"attributes\":{\"observation\":[]}}";
        RecordingSink sink = read("{\"header\":{},"
                + "\"dataSets\":[{\"observations\":{\"0:1\":[871813],\"0:0\":[1089023]}}],"
                + structure + "}");
        assertThat(sink.values()).containsExactly("PRT 2011=[871813]", "PRT 2021=[1089023]");
    }

    @Test
    void readsSeriesWithTheirAttributes() throws Exception {
        String structure = "\"structure\":{\"dimensions\":{"
                + "\"series\":[{\"id\":\"REF_AREA\",\"values\":[{\"id\":\"ITA\"}]}],"
                + "\"observation\":[{\"id\":\"TIME_PERIOD\",\"values\":[{\"id\":\"2020\"},{\"id\":\"2019\"}]}]},"
                + "\"attributes\":{\"series\":[{\"id\":\"OBS_STATUS\",\"values\":[{\"id\":\"P\"}]}],"
                + "\"observation\":[]}}";
        RecordingSink sink = read("{\"dataSets\":[{\"series\":{\"0\":{\"attributes\":[0],"
                + "\"observations\":{\"1\":[6069000],\"0\":[6161391]}}}}]," + structure + "}");
        assertThat(sink.values()).containsExactly("ITA|P 2019=[6069000] flag=[P]", "ITA|P 2020=[6161391] flag=[P]");
    }

    @Test
    void rejectsAKeyThatTheStructureCannotResolveAndGoesOn() throws Exception {
        RecordingSink sink = read("{\"data\":{\"dataSets\":[{\"observations\":{\"0:3\":[1,0,0],\"0\":[2,0,0],"
                + "\"1:0\":[3,0,0]}}]," + STRUCTURES + "}}");
        assertThat(sink.values()).containsExactly("FRA|A|0 2022=[3] flag=[A]");
        assertThat(sink.rejections).hasSize(2);
        assertThat(sink.rejections.get(0)).contains("TIME_PERIOD has no value at index 3");
        assertThat(sink.rejections.get(1)).contains("has 1 positions, the structure has 2");
    }

    @Test
    void refusesDataWithoutAStructure() {
        assertThatThrownBy(() -> read("{\"data\":{" + DATA_SETS + "}}"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("no structure");
    }

    @Test
    void refusesADeletionMessage() {
        assertThatThrownBy(() -> read("{\"data\":{\"dataSets\":[{\"action\":\"Delete\",\"observations\":{}}]}}"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("deletion");
    }
}
