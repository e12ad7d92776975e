package org.rives.connector.incidents;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Map;

import org.rives.connector.FeedReader;
import org.rives.connector.ReaderContract;

/** The compliance kit on an incident list: counts summed per route and year. */
class IncidentFeedReaderContractTest extends ReaderContract {

    private static final String HEADER = "Id,Date,Dead,Route\n";

    @Override
    protected FeedReader reader() {
        return new IncidentFeedReader();
    }

    @Override
    protected Map<String, ?> options() {
        return Map.of("id", List.of("Id"), "date", List.of("Date"), "group", List.of("Route"),
                "counts", Map.of("DEAD", List.of("Dead")), "frequencies", List.of("A"));
    }

    @Override
    protected byte[] oneRow() {
        return (HEADER + "1,2020-01-13,12,West\n").getBytes(UTF_8);
    }

    @Override
    protected String oneRowCell() {
        return "DEAD|West 2020=[12]";
    }

    @Override
    protected byte[] twoSeries() {
        return (HEADER + "1,2020-01-13,1,West\n2,2021-02-01,2,West\n3,2020-03-01,3,East\n4,2021-01-01,4,East\n")
                .getBytes(UTF_8);
    }

    @Override
    protected List<String> twoSeriesCells() {
        return List.of("DEAD|West 2020=[1]", "DEAD|West 2021=[2]", "DEAD|East 2020=[3]", "DEAD|East 2021=[4]");
    }

    @Override
    protected byte[] badInput() {
        return (HEADER + "1,2020-01-13,1,West\n2,13/45/2020,1,West\n").getBytes(UTF_8);
    }

    @Override
    protected String badInputLocation() {
        return "3:2";
    }

    @Override
    protected Endless endless() {
        return new Endless(HEADER, "1,2020-01-13,1,West\n");
    }
}
