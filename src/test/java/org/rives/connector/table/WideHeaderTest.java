package org.rives.connector.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.rives.testing.RecordingSink;

/**
 * Every header cell of a wide table is a period, a column the connector names, or reported as ignored;
 * period headers with a marker give the marker as the flag of their cells; a key given twice on every line
 * is refused where the header gives it; and a header of 100,000 columns reads in bounded time and memory.
 */
class WideHeaderTest {

    private static final String YEARS = "(\\d{4})";
    /** A year, then a marker in brackets, after a space, or glued: 2022 (p), 2021 r, 2023*. */
    private static final String MARKED_YEARS = "(\\d{4})\\s*\\(?(?<flag>[a-z]|\\*)?\\)?";

    private static RecordingSink wide(String periods, Map<String, ?> more, String text) throws Exception {
        Map<String, Object> options = new java.util.HashMap<>(Map.of("layout", "wide", "periodHeader", periods));
        options.putAll(more);
        return TableFixtures.csv(TableFixtures.connector("csv", "Country", options, Map.of()), text);
    }

    @Test
    void aPeriodHeaderWithAMarkerIsNeverDroppedSilently() throws Exception {
        RecordingSink sink = wide(YEARS, Map.of(), "Country,2021,2022 (p)\nMA,5,6\n");
        // the ignored column stays in the row's raw key, as every column no rule reads does; it gives no figure
        assertThat(sink.values()).containsExactly("MA|6 2021=[5]");
        assertThat(sink.warnings).containsExactly(
                "column \"2022 (p)\" (column 3) matched no period and no rule of the connector, and was ignored");
    }

    @Test
    void listsEveryUnusedHeaderCellButThoseTheConnectorIgnoresOnPurpose() throws Exception {
        String file = "Country,Country Name,Notes,2021\nMA,Morocco,,5\n";
        assertThat(wide(YEARS, Map.of(), file).warnings).containsExactly("2 columns matched no period and no rule of "
                + "the connector, and were ignored: \"Country Name\" (column 2), \"Notes\" (column 3)");
        RecordingSink declared = wide(YEARS, Map.of("ignoreColumns", List.of("Country Name", "Notes")), file);
        assertThat(declared.warnings).isEmpty();
        assertThat(declared.values()).containsExactly("MA|Morocco| 2021=[5]");
        assertThat(wide(YEARS, Map.of("ignoreColumns", List.of("Country Name", "Notes", "Remarks")), file).warnings)
                .containsExactly("ignoreColumns names \"Remarks\", which the header does not have");
    }

    @Test
    void readsPeriodMarkersAsTheFlagOfEveryCellInTheColumn() throws Exception {
        RecordingSink sink = wide(MARKED_YEARS, Map.of(), "Country,2019,2020 (e),2021 r,2022 (p),2023*\nMA,1,2,3,4,5\n");
        assertThat(sink.warnings).isEmpty();
        assertThat(sink.values()).containsExactly("MA 2019=[1]", "MA 2020=[2] flag=[e]", "MA 2021=[3] flag=[r]",
                "MA 2022=[4] flag=[p]", "MA 2023=[5] flag=[*]");
    }

    @Test
    void aNamedPeriodGroupMayStandAnywhereInThePattern() throws Exception {
        RecordingSink sink = wide("(?<flag>\\*)?(?<period>\\d{4})", Map.of(), "Country,2022,*2023\nMA,4,5\n");
        assertThat(sink.values()).containsExactly("MA 2022=[4]", "MA 2023=[5] flag=[*]");
    }

    @Test
    void aPeriodGivenTwiceIsRefusedAtTheHeaderAndNeitherColumnIsRead() throws Exception {
        RecordingSink sink = wide(MARKED_YEARS, Map.of("delimiter", "\t"),
                "Country\t2022\t2021\t2022 (p)\nMA\t4\t3\t5\nTN\t7\t6\t8\n");
        assertThat(sink.rejections).containsExactly("1:4 column \"2022 (p)\" gives period 2022 again, as column 2 "
                + "\"2022\" does: two values for one key on every line; neither column is read");
        assertThat(sink.values()).containsExactly("MA 2021=[3]", "TN 2021=[6]");
    }

    @Test
    void aMonthWrittenTwoWaysIsOnePeriod() throws Exception {
        RecordingSink sink = wide("(\\d{4}M\\d{2}|\\d{4}-\\d{2})", Map.of(), "Country,2014M08,2014M07,2014-08\nMA,1,2,3\n");
        assertThat(sink.rejections).singleElement().asString().startsWith("1:4 column \"2014-08\" gives period 2014-08 again");
        assertThat(sink.values()).containsExactly("MA 2014M07=[2]");
    }

    @Test
    void aMeasureGivenTwiceIsRefusedToo() throws Exception {
        RecordingSink sink = TableFixtures.csv(TableFixtures.connector("csv", "Country", Map.of("layout", "long",
                "periodColumn", "Year", "measureHeader", "Refugees|Asylum-seekers"), Map.of()),
                "Year,Country,Refugees,Asylum-seekers,Refugees\n2021,ES,1,2,3\n");
        assertThat(sink.rejections).containsExactly("1:5 column \"Refugees\" gives the same measure again, as column 3 "
                + "\"Refugees\" does: two values for one key on every line; neither column is read");
        assertThat(sink.values()).containsExactly("ES|Asylum-seekers 2021=[2]");
    }

    /** 100,000 header cells that are no period: read in one pass, reported in one line, never held per row. */
    @Test
    void aHundredThousandUnknownHeaderColumnsGiveOneWarning() throws Exception {
        int junk = 100_000;
        String header = "Country,2021," + IntStream.rangeClosed(1, junk).mapToObj(i -> "c" + i)
                .collect(Collectors.joining(","));
        String row = "MA,5" + ",".repeat(junk);
        RecordingSink sink = wide(YEARS, Map.of(), header + "\n" + row + "\n");
        assertThat(sink.cells).singleElement().asString().startsWith("2:2 MA|||").endsWith("| 2021=[5]");
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.warnings).singleElement().asString()
                .startsWith("100000 columns matched no period and no rule of the connector, and were ignored: "
                        + "\"c1\" (column 3), \"c2\" (column 4)")
                .endsWith("\"c10\" (column 12) and 99990 more");
    }

    @Test
    void aHundredThousandPeriodColumnsAreOneSeriesOfAHundredThousandCells() throws Exception {
        List<String> months = IntStream.range(0, 100_000)
                .mapToObj(i -> String.format("%04d-%02d", 1000 + i / 12, i % 12 + 1)).toList();
        String header = "Country," + String.join(",", months);
        String row = "MA" + ",7".repeat(months.size());
        RecordingSink sink = wide("(\\d{4}-\\d{2})", Map.of(), header + "\n" + row + "\n");
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.cells).hasSize(100_000).last().isEqualTo("2:100001 MA 9333-04=[7]");
        assertThat(sink.handles.stream().distinct()).hasSize(1);
    }
}
