package org.rives.connector.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rives.testing.RecordingSink;

/**
 * A table of days, wide by a dimension (the ECB's reference rates: dates as rows, currencies as columns),
 * averaged on load into the means of whole months and years, in exact decimals.
 */
class DailyMeansTest {

    private static RecordingSink read(Map<String, Object> means, String text) throws Exception {
        return TableFixtures.csv(TableFixtures.connector("csv", "currency", Map.of("layout", "long",
                "periodColumn", "Date", "measureHeader", "[A-Z]{3}", "measureDimension", "currency",
                "missing", List.of("N/A"), "dailyMeans", means), Map.of()), text);
    }

    @Test
    void averagesEveryWholeMonthAndYearAndLeavesTheOpenOnesOut() throws Exception {
        String file = "Date,USD,JPY,\n"
                + "2024-01-02,1.1,160,\n"
                + "2023-12-29,1.105,156.33,\n"
                + "2023-12-28,1.1,155,\n"
                + yearOfFirstDays(2023, 1.1, 150);
        RecordingSink sink = read(Map.of("into", List.of("M", "A"), "decimals", 4), file);
        assertThat(sink.columns).containsExactly("currency@2");
        assertThat(sink.values()).contains("USD 2023-12=[1.1017]", "JPY 2023-12=[153.7767]", "USD 2023=[1.1004]",
                "USD 2023-01=[1.1000]").doesNotContain("USD 2024-01=[1.1000]").hasSize(2 * 13);
        assertThat(sink.cells).contains("3:2 USD 2023-12=[1.1017]");
        assertThat(sink.warnings).containsExactly(
                "no mean for 2024, 2024-01: the file does not cover the whole period (its last day is 2024-01-02)");
        assertThat(sink.rows).isEqualTo(15);
    }

    /** Twelve rows, the first of each month of {@code year}, newest first. */
    private static String yearOfFirstDays(int year, double usd, int jpy) {
        StringBuilder rows = new StringBuilder();
        for (int month = 12; month >= 1; month--) {
            rows.append(String.format("%d-%02d-01,%s,%d,%n", year, month, usd, jpy));
        }
        return rows.toString();
    }

    @Test
    void aSeriesQuotedOnSomeDaysOfAPeriodGetsNoMeanAndTheReportSaysSo() throws Exception {
        String file = "Date,USD,RUB,\n2024-02-01,1.2,N/A,\n2024-01-31,1.1,N/A,\n2024-01-30,1.3,90.5,\n";
        RecordingSink sink = read(Map.of("into", List.of("M")), file);
        assertThat(sink.values()).containsExactly("USD 2024-01=[1.2]");
        assertThat(sink.warnings).containsExactly(
                "no mean for 2024-02: the file does not cover the whole period (its last day is 2024-02-01)",
                "1 mean(s) not taken, the series lacking a value on some days of the period: RUB 2024-01 (1 of 2 days)");
    }

    @Test
    void meansAreExactDecimalsRoundedHalfUpOnlyWhenAsked() throws Exception {
        String file = "Date,USD,\n2024-02-01,1,\n2024-01-31,1.1,\n2024-01-30,1.2,\n2024-01-29,1.3,\n";
        assertThat(read(Map.of("into", List.of("M")), file).values()).containsExactly("USD 2024-01=[1.2]");
        String tie = "Date,USD,\n2024-02-01,1,\n2024-01-31,1.38120,\n2024-01-30,1.3813,\n";
        assertThat(read(Map.of("into", List.of("M"), "decimals", 4), tie).values())
                .containsExactly("USD 2024-01=[1.3813]");
    }

    @Test
    void aYearLackingAMonthIsNotAveraged() throws Exception {
        String file = "Date,USD,\n2024-01-02,1,\n2023-03-01,1.2,\n2023-01-02,1.1,\n";
        RecordingSink sink = read(Map.of("into", List.of("M", "A")), file);
        assertThat(sink.values()).containsExactly("USD 2023-01=[1.1]", "USD 2023-03=[1.2]");
        assertThat(sink.warnings).singleElement().asString().startsWith("no mean for 2023, 2024, 2024-01:");
    }

    @Test
    void aDateGivenTwiceOrNoDateAtAllIsRejectedWithItsLine() throws Exception {
        String file = "Date,USD,JPY,\n2024-02-01,1,2,\n2024-01-31,1.1,2,\n2024-01-31,1.2,2,\n13 April 2026,1,2,\n";
        RecordingSink sink = read(Map.of("into", List.of("M")), file);
        assertThat(sink.rejections).containsExactly("4:1 date 2024-01-31 is given again, first at line 3",
                "5:1 \"13 April 2026\" is not a date (YYYY-MM-DD)");
        assertThat(sink.values()).containsExactly("USD 2024-01=[1.1]", "JPY 2024-01=[2]");
    }
}
