package org.rives.connector.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;

class JsonStatFeedReaderTest {

    /** geo (2) x time (3): flat index = geo * 3 + time. */
    private static final String DIMENSIONS = "\"id\":[\"geo\",\"time\"],\"size\":[2,3],\"dimension\":{"
            + "\"geo\":{\"category\":{\"index\":{\"ES\":0,\"MA\":1}}},"
            + "\"time\":{\"category\":{\"index\":{\"2020\":0,\"2021\":1,\"2022\":2}}}}";

    private static RecordingSink read(String json) throws Exception {
        RecordingSink sink = new RecordingSink();
        ConnectorDefinition definition = TestDefinitions.of("json-stat");
        new JsonStatFeedReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json",
                definition, sink);
        return sink;
    }

    @Test
    void decodesSparseValuesThatComeBeforeTheDimensionsByFlatIndex() throws Exception {
        RecordingSink sink = read("{\"version\":\"2.0\",\"class\":\"dataset\",\"value\":{\"5\":30,\"0\":10,\"4\":20},"
                + "\"status\":{\"4\":\"ep\"}," + DIMENSIONS + "}");
        assertThat(sink.names).containsExactly("geo");
        assertThat(sink.values()).containsExactlyInAnyOrder("ES 2020=[10]", "MA 2021=[20] flag=[ep]", "MA 2022=[30]");
        assertThat(sink.rows).isEqualTo(3);
    }

    @Test
    void streamsValuesInFileOrderWhenTheDimensionsComeFirst() throws Exception {
        RecordingSink sink = read("{\"class\":\"dataset\"," + DIMENSIONS + ",\"status\":{},"
                + "\"value\":{\"5\":30,\"0\":10}}");
        assertThat(sink.values()).containsExactly("MA 2022=[30]", "ES 2020=[10]");
    }

    @Test
    void readsADenseValueArrayWithNullsAsMissingCells() throws Exception {
        RecordingSink sink = read("{\"value\":[1,null,3,4.5,null,6]," + DIMENSIONS + "}");
        assertThat(sink.values()).containsExactly("ES 2020=[1]", "ES 2021=[]", "ES 2022=[3]", "MA 2020=[4.5]",
                "MA 2021=[]", "MA 2022=[6]");
    }

    @Test
    void cellsOfOneSeriesShareOneDimensionArray() throws Exception {
        RecordingSink sink = read("{\"value\":[1,2,3,4,5,6]," + DIMENSIONS + "}");
        assertThat(sink.handles.get(0)).isSameAs(sink.handles.get(2)).isNotSameAs(sink.handles.get(3));
    }

    @Test
    void writesExponentNumbersAsPlainDecimals() throws Exception {
        RecordingSink sink = read("{\"value\":{\"0\":1.5E3}," + DIMENSIONS + "}");
        assertThat(sink.values()).containsExactly("ES 2020=[1500]");
    }

    @Test
    void acceptsIndexArraysALabelOnlySingleCategoryAndATimeRole() throws Exception {
        RecordingSink sink = read("{\"id\":[\"unit\",\"year\",\"geo\"],\"size\":[1,2,1],\"role\":{\"time\":[\"year\"]},"
                + "\"dimension\":{\"unit\":{\"category\":{\"label\":{\"PER\":\"Person\"}}},"
                + "\"year\":{\"category\":{\"index\":[\"2019\",\"2020\"]}},"
                + "\"geo\":{\"category\":{\"index\":[\"PT\"]}}},"
                + "\"value\":[7,8]}");
        assertThat(sink.names).containsExactly("unit", "geo");
        assertThat(sink.values()).containsExactly("PER|PT 2019=[7]", "PER|PT 2020=[8]");
    }

    @Test
    void rejectsAnIndexOutsideTheCubeAndGoesOn() throws Exception {
        RecordingSink sink = read("{\"value\":{\"6\":1,\"x\":2,\"1\":3}," + DIMENSIONS + "}");
        assertThat(sink.values()).containsExactly("ES 2021=[3]");
        assertThat(sink.rejections).hasSize(2);
        assertThat(sink.rejections).anyMatch(r -> r.contains("cell index 6 is outside the cube, which has 6 cells"));
        assertThat(sink.rejections).anyMatch(r -> r.contains("value key \"x\" is not a cell index"));
    }

    @Test
    void reportsWhereTheJsonIsBroken() {
        assertThatThrownBy(() -> read("{\"value\":{\"0\":1,}\n}"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageStartingWith("malformed JSON")
                .satisfies(e -> {
                    FeedFormatException format = (FeedFormatException) e;
                    assertThat(format.line()).isEqualTo(1);
                    assertThat(format.column()).isEqualTo(17);
                });
    }

    @Test
    void refusesSizesThatDisagreeWithTheCategories() {
        assertThatThrownBy(() -> read("{\"id\":[\"geo\",\"time\"],\"size\":[3,3],\"dimension\":{"
                + "\"geo\":{\"category\":{\"index\":[\"ES\",\"MA\"]}},\"time\":{\"category\":{\"index\":[\"2020\"]}}},"
                + "\"value\":[]}"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("dimension \"geo\" has 2 categories but size says 3");
    }

    @Test
    void refusesACollectionAndAFileWithoutDimensions() {
        assertThatThrownBy(() -> read("{\"class\":\"collection\",\"link\":{}}"))
                .hasMessageContaining("JSON-stat collection");
        assertThatThrownBy(() -> read("{\"value\":[1]}"))
                .hasMessageContaining("id, size and dimension are required");
    }

    @Test
    void refusesACubeWithoutATimeDimension() {
        assertThatThrownBy(() -> read("{\"id\":[\"geo\"],\"size\":[1],\"dimension\":{\"geo\":{\"category\":"
                + "{\"index\":[\"ES\"]}}},\"value\":[1]}"))
                .hasMessageContaining("no time dimension");
    }
}
