package org.rives.connector.wbapi;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;

import org.rives.connector.FeedReader;
import org.rives.connector.ReaderContract;

/** The compliance kit on World Bank API responses. */
class WorldBankApiFeedReaderContractTest extends ReaderContract {

    private static String row(String iso2, String date, int value) {
        return "{\"country\":{\"id\":\"" + iso2 + "\",\"value\":\"\"},\"date\":\"" + date + "\",\"value\":" + value
                + "}";
    }

    private static byte[] response(String... rows) {
        return ("[{\"page\":1,\"pages\":1,\"per_page\":50,\"total\":" + rows.length + "},[\n"
                + String.join(",\n", rows) + "]]").getBytes(UTF_8);
    }

    @Override
    protected FeedReader reader() {
        return new WorldBankApiFeedReader();
    }

    @Override
    protected byte[] oneRow() {
        return response(row("MA", "2020", 12));
    }

    @Override
    protected String oneRowCell() {
        return "||MA||| 2020=[12]";
    }

    @Override
    protected byte[] twoSeries() {
        return response(row("MA", "2020", 1), row("MA", "2021", 2), row("ES", "2020", 3), row("ES", "2021", 4));
    }

    @Override
    protected List<String> twoSeriesCells() {
        return List.of("||MA||| 2020=[1]", "||MA||| 2021=[2]", "||ES||| 2020=[3]", "||ES||| 2021=[4]");
    }

    @Override
    protected byte[] badInput() {
        return response(row("MA", "2020", 1), "{\"country\":{\"id\":\"ES\"},\"value\":3}");
    }

    @Override
    protected String badInputLocation() {
        return "3:1";
    }

    @Override
    protected Endless endless() {
        return new Endless("[{\"page\":1,\"pages\":1,\"per_page\":50,\"total\":1},[", row("MA", "2020", 1) + ",");
    }
}
