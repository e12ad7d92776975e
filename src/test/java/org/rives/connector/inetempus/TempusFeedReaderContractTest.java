package org.rives.connector.inetempus;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Map;

import org.rives.connector.FeedReader;
import org.rives.connector.ReaderContract;

/** The compliance kit on Tempus DATOS_TABLA answers. */
class TempusFeedReaderContractTest extends ReaderContract {

    static String series(String code, String nationality, String... points) {
        return "{\"COD\":\"" + code + "\",\"Nombre\":\"" + nationality + ". \",\"T3_Unidad\":\"Personas\","
                + "\"T3_Escala\":\" \",\"MetaData\":[{\"Id\":1,\"T3_Variable\":\"Nacionalidad\",\"Nombre\":\""
                + nationality + "\",\"Codigo\":\"\"}],\"Data\":[" + String.join(",", points) + "]}";
    }

    static String point(int year, String value) {
        return "{\"Fecha\":\"" + year + "-01-01T00:00:00.000+01:00\",\"T3_Periodo\":\"A\",\"Anyo\":" + year
                + ",\"Valor\":" + value + "}";
    }

    private static byte[] answer(String... series) {
        return ("[\n" + String.join(",\n", series) + "\n]").getBytes(UTF_8);
    }

    @Override
    protected FeedReader reader() {
        return new TempusFeedReader();
    }

    @Override
    protected Map<String, ?> options() {
        return Map.of("variables", List.of("Nacionalidad"));
    }

    @Override
    protected byte[] oneRow() {
        return answer(series("S1", "Marruecos", point(2020, "12.0")));
    }

    @Override
    protected String oneRowCell() {
        return "S1|Personas||Marruecos 2020=[12.0]";
    }

    @Override
    protected byte[] twoSeries() {
        return answer(series("S1", "Marruecos", point(2021, "2.0"), point(2020, "1.0")),
                series("S2", "Argelia", point(2021, "4.0"), point(2020, "3.0")));
    }

    @Override
    protected List<String> twoSeriesCells() {
        return List.of("S1|Personas||Marruecos 2020=[1.0]", "S1|Personas||Marruecos 2021=[2.0]",
                "S2|Personas||Argelia 2020=[3.0]", "S2|Personas||Argelia 2021=[4.0]");
    }

    @Override
    protected byte[] badInput() {
        return answer(series("S1", "Marruecos", point(2020, "1.0")),
                series("S2", "Argelia", "{\"Anyo\":2020,\"T3_Periodo\":\"Z9\",\"Valor\":3.0}"));
    }

    @Override
    protected String badInputLocation() {
        return "3:202";
    }

    @Override
    protected Endless endless() {
        return new Endless("[", series("S1", "Marruecos", point(2020, "1.0")) + ",");
    }
}
