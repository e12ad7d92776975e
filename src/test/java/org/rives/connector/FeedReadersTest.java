package org.rives.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeedReadersTest {

    /** A reader that claims a format another reader has. */
    private record Claiming(String format) implements FeedReader {
        @Override
        public void read(InputStream input, String fileName, ConnectorDefinition definition, ObservationSink sink) {
        }
    }

    @Test
    void findsEveryReaderOnTheClassPath() {
        assertThat(FeedReaders.discovered().formats())
                .containsExactlyInAnyOrder("csv", "incidents", "ine-tempus", "json-stat", "sdmx", "sdmx-json",
                        "worldbank-api", "xlsx");
        assertThat(FeedReaders.discovered().problems()).isEmpty();
    }

    @Test
    void everyDiscoveredReaderRunsTheComplianceKit() {
        for (FeedReader reader : FeedReaders.discovered().all()) {
            String kit = reader.getClass().getName() + "ContractTest";
            assertThat(load(kit)).as("%s, the compliance kit of %s", kit, reader.format())
                    .isNotNull().matches(ReaderContract.class::isAssignableFrom, "extends ReaderContract");
        }
    }

    @Test
    void setsAsideASecondReaderOfOneFormat() {
        FeedReaders readers = new FeedReaders(List.of(new Claiming("csv"), new Claiming("csv")));
        assertThat(readers.formats()).containsExactly("csv");
        assertThat(readers.problems()).singleElement().asString().contains("both read format csv");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
