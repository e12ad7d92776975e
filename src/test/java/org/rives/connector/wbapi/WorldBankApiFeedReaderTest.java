package org.rives.connector.wbapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;

class WorldBankApiFeedReaderTest {

    private static String row(String iso2, String iso3, String name, String date, String value) {
        return "{\"indicator\":{\"id\":\"SM.POP.TOTL\",\"value\":\"International migrant stock, total\"},"
                + "\"country\":{\"id\":\"" + iso2 + "\",\"value\":\"" + name + "\"},\"countryiso3code\":\"" + iso3
                + "\",\"date\":\"" + date + "\",\"value\":" + value
                + ",\"unit\":\"\",\"obs_status\":\"\",\"decimal\":0}";
    }

    private static String page(int page, int pages, int total, String... rows) {
        return "[{\"page\":" + page + ",\"pages\":" + pages + ",\"per_page\":2,\"total\":" + total
                + ",\"sourceid\":\"2\",\"lastupdated\":\"2026-07-13\"},[" + String.join(",", rows) + "]]";
    }

    private static RecordingSink read(String json) throws Exception {
        RecordingSink sink = new RecordingSink();
        ConnectorDefinition definition = TestDefinitions.of("worldbank-api");
        new WorldBankApiFeedReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json",
                definition, sink);
        return sink;
    }

    @Test
    void readsOneResponseRowByRowWithNullAsMissing() throws Exception {
        RecordingSink sink = read(page(1, 1, 2, row("MA", "MAR", "Morocco", "2020", "102358"),
                row("XD", "", "High income", "2019", "null")));
        assertThat(sink.names).containsExactly("indicator.id", "indicator.value", "country.id", "country.value",
                "countryiso3code", "unit");
        assertThat(sink.values()).containsExactly(
                "SM.POP.TOTL|International migrant stock, total|MA|Morocco|MAR| 2020=[102358] flag=[]",
                "SM.POP.TOTL|International migrant stock, total|XD|High income|| 2019=[] flag=[]");
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void givesTheValuePositionOnItsSingleLine() throws Exception {
        RecordingSink sink = read(page(1, 1, 1, row("MA", "MAR", "Morocco", "2020", "102358")));
        String json = page(1, 1, 1, row("MA", "MAR", "Morocco", "2020", "102358"));
        int column = json.indexOf("102358") + 1;
        assertThat(sink.cells.get(0)).startsWith("1:" + column + " ");
    }

    @Test
    void readsEveryPageOfAQueryConcatenatedInOneFile() throws Exception {
        RecordingSink sink = read(page(1, 2, 3, row("MA", "MAR", "Morocco", "2020", "1"),
                row("MA", "MAR", "Morocco", "2015", "2"))
                + "\n" + page(2, 2, 3, row("TN", "TUN", "Tunisia", "2020", "3")));
        assertThat(sink.cells).hasSize(3);
        assertThat(sink.cells.get(2)).startsWith("2:");
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void rejectsAFileThatHoldsOnlySomePages() throws Exception {
        RecordingSink sink = read(page(1, 3, 5, row("MA", "MAR", "Morocco", "2020", "1"),
                row("MA", "MAR", "Morocco", "2015", "2")));
        assertThat(sink.rejections).singleElement().asString()
                .contains("holds pages 1 to 1 of 3").contains("per_page at least 5");
    }

    @Test
    void rejectsARowCountThatDiffersFromTheTotal() throws Exception {
        RecordingSink sink = read(page(1, 1, 4, row("MA", "MAR", "Morocco", "2020", "1")));
        assertThat(sink.rejections).singleElement().asString().contains("announces 4 rows but holds 1");
    }

    @Test
    void readsAnEmptyAnswer() throws Exception {
        RecordingSink sink = read("[{\"page\":0,\"pages\":0,\"per_page\":50,\"total\":0},null]");
        assertThat(sink.cells).isEmpty();
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void turnsAnApiErrorIntoAFormatError() {
        assertThatThrownBy(() -> read("[{\"message\":[{\"id\":\"120\",\"key\":\"Invalid value\","
                + "\"value\":\"The provided parameter value is not valid\"}]}]"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("120 / Invalid value / The provided parameter value is not valid");
    }

    @Test
    void refusesSomethingThatIsNotAnApiResponse() {
        assertThatThrownBy(() -> read("{\"page\":1}")).isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("[page information, rows]");
        assertThatThrownBy(() -> read("")).isInstanceOf(FeedFormatException.class).hasMessageContaining("empty");
    }
}
