package org.rives.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvFormulaGuardTest {

    @Test
    void textThatASpreadsheetWouldEvaluateGetsALeadingQuote() {
        assertThat(CsvFormulaGuard.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvFormulaGuard.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvFormulaGuard.cell("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(CsvFormulaGuard.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvFormulaGuard.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvFormulaGuard.cell("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvFormulaGuard.cell("＝1+1")).isEqualTo("'＝1+1");
    }

    @Test
    void numbersAndOrdinaryTextAreLeftAsTheyAre() {
        assertThat(CsvFormulaGuard.cell("-12.5")).isEqualTo("-12.5");
        assertThat(CsvFormulaGuard.cell("+3")).isEqualTo("+3");
        assertThat(CsvFormulaGuard.cell("-1.2E+5")).isEqualTo("-1.2E+5");
        assertThat(CsvFormulaGuard.cell("-")).isEqualTo("-");
        assertThat(CsvFormulaGuard.cell("Morocco")).isEqualTo("Morocco");
        assertThat(CsvFormulaGuard.cell("")).isEqualTo("");
        assertThat(CsvFormulaGuard.cell(-7)).isEqualTo(-7);
        assertThat(CsvFormulaGuard.cell(null)).isNull();
    }

    @Test
    void rowsAreGuardedCellByCell() {
        List<List<Object>> rows = List.of(Arrays.asList("MAR", "=1+1", -3.5, null));
        assertThat(CsvFormulaGuard.rows(rows)).containsExactly(Arrays.asList("MAR", "'=1+1", -3.5, null));
    }
}
