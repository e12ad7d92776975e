package org.rives.harmonise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A report's size is bounded whatever the file: a 0.27 MB workbook once gave a 537 MB report (one huge
 * cell echoed by every rejection) and a 27 MB one 97 MB of warnings.
 */
@Tag("small-heap")
class ValidationReportTest {

    private static long size(ValidationReport report) {
        return report.rejections().stream().mapToLong(r -> r.toString().length() + 1).sum()
                + report.warnings().stream().mapToLong(w -> w.length() + 1).sum();
    }

    @Test
    void listsTheFirstRejectionsAndCountsTheRestByKind() {
        ValidationReport report = new ValidationReport("t.csv");
        String huge = "y".repeat(1 << 20);
        for (int line = 1; line <= 20_000; line++) {
            report.reject(line, 3, "\"x" + line + "\" is not a number");
            report.reject(line, 4, huge);
        }
        assertThat(report.rejectedCount()).isEqualTo(40_000);
        assertThat(report.rejections()).hasSize(ValidationReport.MAX_LISTED)
                .allSatisfy(r -> assertThat(r.reason().length()).isLessThanOrEqualTo(ValidationReport.MAX_TEXT + 40));
        assertThat(report.warnings()).containsExactly(
                "19,500 more rejections not listed, like t.csv:501:3: \"x501\" is not a number",
                "19,500 more rejections not listed, like t.csv:501:4: " + "y".repeat(ValidationReport.MAX_TEXT)
                        + "\u2026 (1,048,576 characters)");
        assertThat(size(report)).isLessThan(600_000);
    }

    @Test
    void listsTheFirstWarningsAndCountsTheRest() {
        ValidationReport report = new ValidationReport("t.xlsx");
        for (int i = 0; i < 100_000; i++) {
            report.warn("code \"c" + i + "\" in column \"geo\" has no mapping for ref_area: 1 row(s), first at line " + i);
        }
        List<String> warnings = report.warnings();
        assertThat(warnings).hasSize(ValidationReport.MAX_WARNINGS + 1);
        assertThat(warnings.get(ValidationReport.MAX_WARNINGS)).isEqualTo("99,900 more warnings not listed, like code "
                + "\"c100\" in column \"geo\" has no mapping for ref_area: 1 row(s), first at line 100");
    }

    @Test
    void keepsAtMostTwentyKindsApartAndCountsTheOthersTogether() {
        ValidationReport report = new ValidationReport("t.csv");
        for (int i = 0; i < ValidationReport.MAX_LISTED; i++) {
            report.reject(1, 1, "listed");
        }
        String[] words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa "
                .concat("quebec romeo sierra tango uniform victor whiskey xray yankee zulu").split(" ");
        for (String word : words) {
            report.reject(2, 1, word + " went wrong");
        }
        assertThat(report.warnings()).hasSize(ReportTally.MAX_KINDS + 1)
                .last().isEqualTo("6 more rejections not listed, of other kinds");
    }

    @Test
    void tellsTwoFiguresOnOneLineApartByTheirColumns() {
        ValidationReport report = new ValidationReport("t.json");
        report.duplicate(1, 220, 1, 180, "MIGR_STOCK ESP/_T/_T/_T/_T 2020");
        report.duplicate(7, 3, 6, 3, "MIGR_STOCK MAR/_T/_T/_T/_T 2021");
        assertThat(report.rejections()).map(Rejection::toString).containsExactly(
                "t.json:1:220: duplicate observation MIGR_STOCK ESP/_T/_T/_T/_T 2020, first given at column 180 of the "
                        + "same line",
                "t.json:7:3: duplicate observation MIGR_STOCK MAR/_T/_T/_T/_T 2021, first given at line 6, column 3");
    }
}
