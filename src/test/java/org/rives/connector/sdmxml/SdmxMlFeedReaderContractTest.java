package org.rives.connector.sdmxml;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Map;

import org.rives.connector.FeedReader;
import org.rives.connector.ReaderContract;

/** The compliance kit on SDMX-ML 2.1 structure-specific data, read with a one-dimension structure. */
class SdmxMlFeedReaderContractTest extends ReaderContract {

    static final Map<String, Object> OPTIONS = Map.of("service", "http://127.0.0.1:9/unused",
            "flow", Map.of("agency", "T", "id", "DF", "version", "1.0"),
            "structure", "src/test/resources/sdmxml/DSD_AREA.xml");

    static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" \
            xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ns1="urn:t">
            <message:Header><message:ID>T</message:ID><message:Test>true</message:Test></message:Header>
            <message:DataSet ss:structureRef="T_DSD_1_0" ss:action="Information" xsi:type="ns1:DataSetType">
            """;
    static final String TAIL = "</message:DataSet></message:StructureSpecificData>\n";

    @Override
    protected FeedReader reader() {
        return new SdmxMlFeedReader();
    }

    @Override
    protected Map<String, ?> options() {
        return OPTIONS;
    }

    @Override
    protected byte[] oneRow() {
        return (HEAD + "<Series REF_AREA=\"MA\"><Obs TIME_PERIOD=\"2020\" OBS_VALUE=\"12\"/></Series>\n" + TAIL)
                .getBytes(UTF_8);
    }

    @Override
    protected String oneRowCell() {
        return "MA 2020=[12]";
    }

    @Override
    protected byte[] twoSeries() {
        return (HEAD + "<Series REF_AREA=\"MA\"><Obs TIME_PERIOD=\"2020\" OBS_VALUE=\"1\"/>"
                + "<Obs TIME_PERIOD=\"2021\" OBS_VALUE=\"2\"/></Series>\n"
                + "<Series REF_AREA=\"ES\"><Obs TIME_PERIOD=\"2020\" OBS_VALUE=\"3\"/>"
                + "<Obs TIME_PERIOD=\"2021\" OBS_VALUE=\"4\"/></Series>\n" + TAIL).getBytes(UTF_8);
    }

    @Override
    protected List<String> twoSeriesCells() {
        return List.of("MA 2020=[1]", "MA 2021=[2]", "ES 2020=[3]", "ES 2021=[4]");
    }

    @Override
    protected byte[] badInput() {
        return (HEAD + "<Series REF_AREA=\"MA\"><Obs TIME_PERIOD=\"2020\" OBS_VALUE=\"1\"/></Series>\n"
                + "<Series REF_AREA=\"XK\">\n  <Obs TIME_PERIOD=\"2020\" OBS_VALUE=\"2\"/></Series>\n" + TAIL)
                .getBytes(UTF_8);
    }

    @Override
    protected String badInputLocation() {
        return "7:42";
    }

    @Override
    protected Endless endless() {
        return new Endless(HEAD + "<Series REF_AREA=\"MA\">", "<Obs TIME_PERIOD=\"2020\" OBS_VALUE=\"1\"/>");
    }
}
