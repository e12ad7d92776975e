package org.rives.connector.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two exports joined into one file: the second header row is found where it stands and the file is
 * refused there, never read on with the first header's columns (nor dropped by a filter on its cells).
 */
class HeaderRepeatTest {

    private static final ConnectorDefinition WIDE = TableFixtures.connector("csv", "Country",
            Map.of("layout", "wide", "periodHeader", "(\\d{4})"), Map.of());

    @Test
    void theSameHeaderAgainStopsTheReadAtItsLine() {
        String file = "Country,2021,2022\nMA,1,2\nCountry,2021,2022\nTN,3,4\n";
        assertThatThrownBy(() -> TableFixtures.csv(WIDE, file)).isInstanceOfSatisfying(FeedFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(1);
            assertThat(e.getMessage()).contains("this row repeats the header of line 1; two exports joined into one "
                    + "file? The rows after it are not read with the columns of line 1: load each part on its own");
        });
    }

    @Test
    void aSecondHeaderWithItsColumnsSwappedIsNamedSo() {
        String file = "Country,2021,2022\nMA,1,2\nCountry,2022,2021\nTN,4,3\n";
        assertThatThrownBy(() -> TableFixtures.csv(WIDE, file)).isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("this row is a second header, the columns of line 1 in another order");
    }

    @Test
    void aSecondHeaderWithOtherYearsIsFoundToo() {
        String file = "Country,2021,2022\nMA,1,2\nCountry,2022,2023\nTN,4,5\n";
        assertThatThrownBy(() -> TableFixtures.csv(WIDE, file)).isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("this row is a second header, with other columns than line 1");
    }

    /** A keep rule on a packed key once dropped the repeated header line as a filtered row, and read on. */
    @Test
    void aFilterNoLongerHidesAHeaderInsideAEurostatTsv() {
        ConnectorDefinition eurostat = TestDefinitions.parse(JsonMapper.builder().build().valueToTree(Map.of(
                "id", "t", "title", "t", "format", "csv",
                "provenance", Map.of("publisher", "p", "dataset", "d", "licence", "l", "url", "https://p.example"),
                "samples", List.of("t"),
                "dimensions", Map.of("indicator", Map.of("value", "X"), "ref_area", Map.of("column", "geo")),
                "indicators", Map.of("X", Map.of("code", "MIGR_STOCK", "unit", "PERS")),
                "keep", Map.of("unit", List.of("PER")),
                "csv", Map.of("delimiter", "\t", "layout", "wide", "keySeparator", ",", "periodHeader", "(\\d{4})"))));
        String file = "unit,geo\\TIME_PERIOD\t2022 \t2023 \nPER,ES\t1 \t2 \n"
                + "geo,unit\\TIME_PERIOD\t2022 \t2023 \nES,PER\t3 \t4 \n";
        assertThatThrownBy(() -> TableFixtures.csv(eurostat, file)).isInstanceOfSatisfying(FeedFormatException.class,
                e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("the columns of line 1 in another order");
                });
    }

    @Test
    void aDataRowThatStartsWithAColumnNameIsStillData() throws Exception {
        RecordingSink sink = TableFixtures.csv(WIDE, "Country,2021,2022\nCountry,1,2\n");
        assertThat(sink.values()).containsExactly("Country 2021=[1]", "Country 2022=[2]");
    }
}
