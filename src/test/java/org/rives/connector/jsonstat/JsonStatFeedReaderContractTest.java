package org.rives.connector.jsonstat;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;

import org.rives.connector.FeedReader;
import org.rives.connector.ReaderContract;

/** The compliance kit on a JSON-stat 2.0 dataset. */
class JsonStatFeedReaderContractTest extends ReaderContract {

    private static String dataset(int areas, String values) {
        String geo = areas == 1 ? "[\"MA\"]" : "[\"MA\",\"ES\"]";
        String time = areas == 1 ? "[\"2020\"]" : "[\"2020\",\"2021\"]";
        return "{\"class\":\"dataset\",\"id\":[\"geo\",\"time\"],\"size\":[" + areas + "," + areas + "],\n"
                + "\"dimension\":{\"geo\":{\"category\":{\"index\":" + geo + "}},"
                + "\"time\":{\"category\":{\"index\":" + time + "}}},\n\"status\":{},\n\"value\":" + values;
    }

    @Override
    protected FeedReader reader() {
        return new JsonStatFeedReader();
    }

    @Override
    protected byte[] oneRow() {
        return (dataset(1, "[12]") + "}").getBytes(UTF_8);
    }

    @Override
    protected String oneRowCell() {
        return "MA 2020=[12]";
    }

    @Override
    protected byte[] twoSeries() {
        return (dataset(2, "[1,2,3,4]") + "}").getBytes(UTF_8);
    }

    @Override
    protected List<String> twoSeriesCells() {
        return List.of("MA 2020=[1]", "MA 2021=[2]", "ES 2020=[3]", "ES 2021=[4]");
    }

    @Override
    protected byte[] badInput() {
        return (dataset(1, "[12,]") + "}").getBytes(UTF_8);
    }

    @Override
    protected String badInputLocation() {
        return "4:13";
    }

    @Override
    protected Endless endless() {
        return new Endless(dataset(1, "{"), "\"0\":1,");
    }
}
