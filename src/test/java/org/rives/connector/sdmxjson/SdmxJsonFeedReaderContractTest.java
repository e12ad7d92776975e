package org.rives.connector.sdmxjson;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;

import org.rives.connector.FeedReader;
import org.rives.connector.ReaderContract;

/** The compliance kit on an SDMX-JSON 2.0 data message, structure first. */
class SdmxJsonFeedReaderContractTest extends ReaderContract {

    private static final String STRUCTURE = "{\"data\":{\"structures\":[{\"dimensions\":{\"series\":["
            + "{\"id\":\"REF_AREA\",\"values\":[{\"id\":\"MA\"},{\"id\":\"ES\"}]}],\"observation\":["
            + "{\"id\":\"TIME_PERIOD\",\"values\":[{\"id\":\"2020\"},{\"id\":\"2021\"}]}]}}],\n"
            + "\"dataSets\":[{\"structure\":0,\"series\":{\n";

    @Override
    protected FeedReader reader() {
        return new SdmxJsonFeedReader();
    }

    @Override
    protected byte[] oneRow() {
        return (STRUCTURE + "\"0\":{\"observations\":{\"0\":[12]}}}}]}}").getBytes(UTF_8);
    }

    @Override
    protected String oneRowCell() {
        return "MA 2020=[12]";
    }

    @Override
    protected byte[] twoSeries() {
        return (STRUCTURE + "\"0\":{\"observations\":{\"0\":[1],\"1\":[2]}},\n"
                + "\"1\":{\"observations\":{\"0\":[3],\"1\":[4]}}}}]}}").getBytes(UTF_8);
    }

    @Override
    protected List<String> twoSeriesCells() {
        return List.of("MA 2020=[1]", "MA 2021=[2]", "ES 2020=[3]", "ES 2021=[4]");
    }

    @Override
    protected byte[] badInput() {
        return (STRUCTURE + "\"0\":{\"observations\":{\"0\":[1],\n\"7\":[2]}}}}]}}").getBytes(UTF_8);
    }

    @Override
    protected String badInputLocation() {
        return "4:6";
    }

    @Override
    protected Endless endless() {
        return new Endless(STRUCTURE + "\"0\":{\"observations\":{", "\"0\":[1],");
    }
}
