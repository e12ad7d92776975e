package org.rives.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rives.compare.CompareTable;
import org.rives.compare.Display;
import org.rives.compare.Frequency;
import org.rives.compare.Grade;
import org.rives.compare.Withheld;

/**
 * A change in the report is a change in what is measured, never a change of publisher: computed within one
 * source, and across a change of source labelled and not computed (Portugal's migrant stock, Eurostat's
 * 1,568,066 in 2022, then UN DESA's 1,127,184 in 2024, is not a fall of 28 %).
 */
class ReportBreakTest {

    @Test
    void aChangeAcrossSourcesIsLabelledAndNotComputed() {
        CompareTable table = table(cell("1568066", "eurostat-foreign-born"), cell("1127184", "undesa-migrant-stock"));
        Report.Headline portugal = FollowUpReport.headline(table, table.groups().get(0).rows().get(0));

        assertThat(portugal.change()).isNull();
        assertThat(portugal.changePercent()).isNull();
        assertThat(portugal.sourceBreak()).isEqualTo(new Report.Break("eurostat-foreign-born", "undesa-migrant-stock"));
        String html = new ReportHtml(WebText.of("en"), false).render(report(table, portugal));
        assertThat(html).contains("data-break=\"source\"",
                "Source changes (eurostat-foreign-born → undesa-migrant-stock): change not computed")
                .doesNotContain("-28.1");
        assertThat(new ReportHtml(WebText.of("fr"), false).render(report(table, portugal)))
                .contains("Changement de source (eurostat-foreign-born → undesa-migrant-stock)");
    }

    @Test
    void aChangeWithinOneSourceIsComputed() {
        CompareTable table = table(cell("1000", "undesa-migrant-stock"), cell("1100", "undesa-migrant-stock"));
        Report.Headline headline = FollowUpReport.headline(table, table.groups().get(0).rows().get(0));

        assertThat(headline.sourceBreak()).isNull();
        assertThat(headline.change()).isEqualByComparingTo("100");
        assertThat(headline.changePercent()).isEqualByComparingTo("10.0");
    }

    private static Report report(CompareTable table, Report.Headline headline) {
        Report.IndicatorPart part = new Report.IndicatorPart(table, List.of(new Report.ShorePart("North shore",
                List.of(headline))), List.of());
        return new Report("en", Instant.EPOCH, null, List.of(new Report.AxisPart("A", "Axis", List.of(part),
                List.of())), List.of());
    }

    private static CompareTable.Cell cell(String value, String source) {
        return new CompareTable.Cell(new BigDecimal(value), "PERS", 0, "A", null, source, 1, List.of(), null, null,
                null, false, null, new CompareTable.Comparability(Grade.COMPARABLE, List.of()), null);
    }

    private static CompareTable table(CompareTable.Cell earlier, CompareTable.Cell later) {
        Map<String, CompareTable.Cell> cells = new LinkedHashMap<>();
        cells.put("2022", earlier);
        cells.put("2024", later);
        CompareTable.Row row = new CompareTable.Row("PRT", "Portugal", cells, "country");
        return new CompareTable(new CompareTable.IndicatorInfo("MIGR_STOCK", "International migrant stock", "A", null,
                "PERS", null), Frequency.A, "_T", null, List.of("2022", "2024"),
                List.of(new CompareTable.Group("5P5_N", "North shore", List.of(row), null)), List.of(),
                Display.AS_PUBLISHED, null, List.of(), null, new Withheld(List.of(), List.of()), "en");
    }
}
