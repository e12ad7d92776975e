package org.rives.connector.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rives.testing.RecordingSink;

/** Days written the publisher's way ({@code dayFormat}): the ECB's one-day file writes {@code 13 April 2026}. */
class DayFormatTest {

    private static RecordingSink read(String dayFormat, Map<String, Object> more, String text) throws Exception {
        Map<String, Object> options = new HashMap<>(Map.of("delimiter", ", ", "layout", "long", "periodColumn", "Date",
                "measureHeader", "[A-Z]{3}", "measureDimension", "currency", "dayFormat", dayFormat));
        options.putAll(more);
        return TableFixtures.csv(TableFixtures.connector("csv", "currency", options, Map.of()), text);
    }

    @Test
    void readsDaysWithEnglishMonthNamesAsIsoDays() throws Exception {
        String file = "Date, USD, JPY, \n13 April 2026, 1.1684, 186.75, \n2 january 2026, 1.1721, 183.94, \n";
        RecordingSink sink = read("d MMMM uuuu", Map.of(), file);
        assertThat(sink.cells).containsExactly("2:2 USD 2026-04-13=[1.1684]", "2:3 JPY 2026-04-13=[186.75]",
                "3:2 USD 2026-01-02=[1.1721]", "3:3 JPY 2026-01-02=[183.94]");
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void aCellThatIsNoDayOfThePatternIsRejectedWithItsLineAndColumn() throws Exception {
        String file = "Date, USD, \n31 April 2026, 1.1, \n2026-04-13, 1.2, \n";
        RecordingSink sink = read("d MMMM uuuu", Map.of(), file);
        assertThat(sink.rejections).containsExactly(
                "2:1 \"31 April 2026\" is not a day written as the connector's dayFormat says (d MMMM uuuu)",
                "3:1 \"2026-04-13\" is not a day written as the connector's dayFormat says (d MMMM uuuu)");
        assertThat(sink.cells).isEmpty();
    }

    /** The days read go on to what the layout does with days: here, monthly means. */
    @Test
    void daysReadThisWayFeedTheDailyMeans() throws Exception {
        String file = "Date, USD, \n1 March 2024, 1.1, \n29 February 2024, 1.3, \n1 February 2024, 1.2, \n";
        RecordingSink sink = read("d MMMM uuuu", Map.of("dailyMeans", Map.of("into", List.of("M"))), file);
        assertThat(sink.values()).containsExactly("USD 2024-02=[1.25]");
    }

    @Test
    void aPatternThatIsNoDatePatternIsTheConnectorsError() {
        assertThatThrownBy(() -> read("d MMMM uuuu {", Map.of(), "Date, USD, \n"))
                .hasMessageContaining("csv: dayFormat \"d MMMM uuuu {\" is not a date pattern: Pattern includes reserved");
    }
}
