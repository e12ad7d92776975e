package org.rives.connector.inetempus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rives.connector.FeedFormatException;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;

/** What the Tempus reader makes of the shapes INE's answers take beyond the compliance kit's. */
class TempusFeedReaderTest {

    private static final String BIRTH = "{\"T3_Variable\":\"Países y Continentes\",\"Nombre\":\"España\"}";
    private static final String ZONE = "{\"T3_Variable\":\"Zonas Geográficas del Resto del Mundo\",\"Nombre\":\"Otros\"}";

    private static RecordingSink read(String json, String... variables) throws Exception {
        RecordingSink sink = new RecordingSink();
        new TempusFeedReader().read(new ByteArrayInputStream(json.getBytes(UTF_8)), "t",
                TestDefinitions.of("ine-tempus", Map.of("variables", List.of(variables))), sink);
        return sink;
    }

    private static String series(String code, String metaData, String data) {
        return "{\"COD\":\"" + code + "\",\"T3_Unidad\":\"Personas\",\"T3_Escala\":\" \",\"MetaData\":[" + metaData
                + "],\"Data\":[" + data + "]}";
    }

    @Test
    void buildsEachKeyFromTheSeriesOwnVariables() throws Exception {
        RecordingSink sink = read("[" + series("A1", BIRTH, TempusFeedReaderContractTest.point(2023, "29850.0"))
                + "," + series("A2", ZONE, TempusFeedReaderContractTest.point(2023, "7.0")) + "]",
                "Países y Continentes", "Zonas Geográficas del Resto del Mundo");
        assertThat(sink.names).containsExactly("COD", "T3_Unidad", "T3_Escala", "Países y Continentes",
                "Zonas Geográficas del Resto del Mundo");
        assertThat(sink.values()).containsExactly("A1|Personas||España| 2023=[29850.0]", "A2|Personas|||Otros 2023=[7.0]");
        assertThat(sink.rows).isEqualTo(2);
    }

    @Test
    void rejectsASeriesWithAVariableTheConnectorDoesNotListAndReadsOn() throws Exception {
        RecordingSink sink = read("[" + series("A1", BIRTH + "," + ZONE, TempusFeedReaderContractTest.point(2023, "1.0"))
                + ",\n" + series("A2", BIRTH, TempusFeedReaderContractTest.point(2023, "2.0")) + "]",
                "Países y Continentes");
        assertThat(sink.rejections).singleElement().asString().startsWith("1:")
                .contains("series A1 has variable \"Zonas Geográficas del Resto del Mundo\" (Otros)");
        assertThat(sink.values()).containsExactly("A2|Personas||España 2023=[2.0]");
    }

    @Test
    void holdsPointsThatComeBeforeTheirSeriesKeyUntilTheSeriesEnds() throws Exception {
        String dataFirst = "{\"Data\":[" + TempusFeedReaderContractTest.point(2024, "5.0") + "],\"COD\":\"A1\","
                + "\"T3_Unidad\":\"Personas\",\"T3_Escala\":\" \",\"MetaData\":[" + BIRTH + "]}";
        assertThat(read("[" + dataFirst + "]", "Países y Continentes").values())
                .containsExactly("A1|Personas||España 2024=[5.0]");
    }

    @Test
    void readsMonthsQuartersFlagsAndNullValues() throws Exception {
        String points = "{\"Anyo\":2024,\"T3_Periodo\":\"M03\",\"Valor\":1.5,\"T3_TipoDato\":\"Provisional\"},"
                + "{\"Anyo\":2024,\"T3_Periodo\":\"T2\",\"Valor\":null,\"T3_TipoDato\":\"Definitivo\"},"
                + "{\"Anyo\":2024,\"T3_Periodo\":\"M13\",\"Valor\":1}";
        RecordingSink sink = read("[" + series("A1", BIRTH, points) + "]", "Países y Continentes");
        assertThat(sink.values()).containsExactly("A1|Personas||España 2024-03=[1.5] flag=[Provisional]",
                "A1|Personas||España 2024-Q2=[] flag=[Definitivo]");
        assertThat(sink.rejections).singleElement().asString().contains("T3_Periodo \"M13\" is not read");
    }

    @Test
    void asksForTheFriendlyFormWhenPointsCarryOnlyIds() throws Exception {
        String point = "{\"Fecha\":1672527600000,\"FK_TipoDato\":1,\"FK_Periodo\":28,\"Valor\":3}";
        assertThat(read("[" + series("A1", BIRTH, point) + "]", "Países y Continentes").rejections)
                .singleElement().asString().contains("tip=A or tip=AM");
    }

    @Test
    void refusesAnAnswerThatIsNotAnArrayOfSeries() {
        assertThatThrownBy(() -> read("{\"status\":\"La tabla no existe\"}", "Nacionalidad"))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("array of series");
    }

    @Test
    void refusesAVariableThatNamesASeriesField() {
        assertThatThrownBy(() -> TestDefinitions.of("ine-tempus", Map.of("variables", List.of("COD"))))
                .hasMessageContaining("\"COD\" is a series field");
    }
}
