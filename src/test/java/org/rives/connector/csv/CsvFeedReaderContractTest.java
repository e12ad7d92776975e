package org.rives.connector.csv;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Map;

import org.rives.connector.FeedReader;
import org.rives.connector.ReaderContract;

/** The compliance kit on delimited text, in the World Bank's wide layout. */
class CsvFeedReaderContractTest extends ReaderContract {

    @Override
    protected FeedReader reader() {
        return new CsvFeedReader();
    }

    @Override
    protected Map<String, ?> options() {
        return Map.of("layout", "wide", "periodHeader", "(\\d{4})");
    }

    @Override
    protected byte[] oneRow() {
        return "Country,2020\nMA,12\n".getBytes(UTF_8);
    }

    @Override
    protected String oneRowCell() {
        return "MA 2020=[12]";
    }

    @Override
    protected byte[] twoSeries() {
        return "Country,2020,2021\nMA,1,2\nES,3,4\n".getBytes(UTF_8);
    }

    @Override
    protected List<String> twoSeriesCells() {
        return List.of("MA 2020=[1]", "MA 2021=[2]", "ES 2020=[3]", "ES 2021=[4]");
    }

    @Override
    protected byte[] badInput() {
        return "Country,2020\nMA,12\nES,1,2\n".getBytes(UTF_8);
    }

    @Override
    protected String badInputLocation() {
        return "3:3";
    }

    @Override
    protected Endless endless() {
        return new Endless("Country,2020\n", "MA,12\n");
    }
}
