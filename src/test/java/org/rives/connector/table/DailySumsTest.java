package org.rives.connector.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rives.connector.FeedFormatException;
import org.rives.testing.RecordingSink;

/**
 * A table of daily counts given again in later reports (onData's table of the Viminale's landings), summed on
 * load into whole months: the latest report of each day kept, placeholders for days to come filtered out.
 */
class DailySumsTest {

    private static RecordingSink read(Map<String, Object> sums, String text) throws Exception {
        return TableFixtures.csv(TableFixtures.connector("csv", "area", Map.of("layout", "long",
                "periodColumn", "Data", "valueColumn", "Valore", "dailySums", sums), Map.of()), text);
    }

    private static Map<String, Object> byReport(String... into) {
        Map<String, Object> sums = new HashMap<>();
        sums.put("reportColumn", "Data_Report");
        if (into.length > 0) {
            sums.put("into", List.of(into));
        }
        return sums;
    }

    /** February 2024 in two reports: the 15th's gives its own day in part and the days after it as placeholders. */
    private static String february() {
        StringBuilder file = new StringBuilder("area,Data,Valore,Data_Report\n");
        for (int day = 1; day <= 31; day++) { // the report of the 15th lists days that do not exist, as onData's does
            String value = day < 15 ? "10" : day == 15 ? "3" : day == 20 ? "0[VALORE]0" : day == 21 ? "" : "0";
            file.append(String.format("ITA,2024-02-%02d,%s,2024-02-15%n", day, value));
        }
        for (int day = 1; day <= 29; day++) {
            file.append(String.format("ITA,2024-02-%02d,%d,2024-02-29%n", day, day == 15 ? 7 : 10));
        }
        return file.toString();
    }

    @Test
    void theLatestReportOfEachDayIsSummedIntoItsWholeMonth() throws Exception {
        RecordingSink sink = read(byReport(), february());
        // 28 days of 10 and the 15th, whose later report gives 7 where the earlier one caught 3
        assertThat(sink.cells).containsExactly("33:3 ITA| 2024-02=[287]");
        assertThat(sink.rejections).isEmpty();
        // the 31 rows of the earlier report: 15 superseded, 16 placeholders (days 16-31, 30 and 31 no days at all)
        assertThat(sink.filtered).hasSize(31).contains("16:3", "17:3", "21:3", "32:3").doesNotContain("33:3");
        assertThat(sink.rows).isEqualTo(60);
    }

    /** onData's report of 2022-12-31 words its footnote otherwise (24:00 for 8:00): a column no rule reads. */
    @Test
    void aColumnNoRuleReadsDoesNotSplitADaysReports() throws Exception {
        StringBuilder file = new StringBuilder("area,Data,Valore,Note,Data_Report\n");
        for (int day = 1; day <= 15; day++) {
            file.append(String.format("ITA,2024-02-%02d,10,8:00,2024-02-15%n", day));
        }
        for (int day = 1; day <= 29; day++) {
            file.append(String.format("ITA,2024-02-%02d,%d,24:00,2024-02-29%n", day, day == 15 ? 1 : 10));
        }
        RecordingSink sink = read(byReport(), file.toString());
        assertThat(sink.values()).containsExactly("ITA|| 2024-02=[281]");
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    void aMonthWithADayNotYetReportedGetsNoFigureAndTheReportSaysSo() throws Exception {
        String file = "area,Data,Valore,Data_Report\n"
                + "ITA,2024-01-31,5,2024-01-31\n" + days("2024-01", 30, "2024-01-31")
                + days("2024-02", 15, "2024-02-15") + "ITA,2024-02-16,0,2024-02-15\n";
        RecordingSink sink = read(byReport("M", "A"), file);
        assertThat(sink.values()).containsExactly("ITA| 2024-01=[305]");
        assertThat(sink.warnings).containsExactly(
                "no sum for 2024 (46 of 366 days), 2024-02 (15 of 29 days): the file does not give every day of the period");
    }

    /** {@code count} days of 10 from the first of {@code month}, in the report of {@code report}. */
    private static String days(String month, int count, String report) {
        StringBuilder rows = new StringBuilder();
        for (int day = 1; day <= count; day++) {
            rows.append(String.format("ITA,%s-%02d,10,%s%n", month, day, report));
        }
        return rows.toString();
    }

    @Test
    void aDayWithoutAFigureInItsLatestReportLeavesItsMonthOpen() throws Exception {
        String file = "area,Data,Valore,Data_Report\n" + days("2024-02", 29, "2024-02-29").replace("ITA,2024-02-03,10", "ITA,2024-02-03,");
        RecordingSink sink = read(byReport(), file);
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.cells).isEmpty();
        assertThat(sink.warnings).containsExactly(
                "no sum for 2024-02 (28 of 29 days): the file does not give every day of the period");
    }

    @Test
    void aDayGivenTwiceInOneReportOrAReportThatIsNoDateIsRejectedWithItsLine() throws Exception {
        String file = "area,Data,Valore,Data_Report\n"
                + "ITA,2024-02-01,4,2024-02-15\n"
                + "ITA,2024-02-01,5,2024-02-15\n"
                + "ITA,2024-02-02,5,15/02/2024\n"
                + "ITA,2024-02-31,5,2024-03-15\n"
                + "ITA,2024-02-03,x,2024-02-15\n";
        RecordingSink sink = read(byReport(), file);
        assertThat(sink.rejections).containsExactly(
                "3:2 day 2024-02-01 is given again in the report of 2024-02-15, first at line 2",
                "4:4 the report date is not a date (YYYY-MM-DD)",
                "5:2 \"2024-02-31\" is not a date (YYYY-MM-DD)",
                "6:3 \"x\" is not a number");
        assertThat(sink.cells).isEmpty();
    }

    @Test
    void withoutAReportColumnEveryDayIsGivenOnce() throws Exception {
        String file = "area,Data,Valore\n" + days("2024-02", 29, "x").replace(",x", "").replace("ITA,2024-02-01,10\n",
                "ITA,2024-02-01,10\nITA,2024-02-01,10\n");
        RecordingSink sink = TableFixtures.csv(TableFixtures.connector("csv", "area", Map.of("layout", "long",
                "periodColumn", "Data", "valueColumn", "Valore", "dailySums", Map.of()), Map.of()), file);
        assertThat(sink.values()).containsExactly("ITA 2024-02=[290]");
        assertThat(sink.rejections).containsExactly("3:2 day 2024-02-01 is given again, first at line 2");
    }

    @Test
    void aReportColumnThatIsNotInTheHeaderIsTheConnectorsError() {
        assertThatThrownBy(() -> read(byReport(), "area,Data,Valore\nITA,2024-02-01,1\n"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("column \"Data_Report\" (csv.dailySums.reportColumn) is not in the header");
    }
}
