package org.rives.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rives.store.ObservationRow;

/** Months and quarters roll up to a year only when complete; otherwise the year says what it lacks. */
class RollUpTest {

    private static ObservationRow row(String freq, String period, double value) {
        return new ObservationRow("src", "REMIT_IN", "MAR", "_T", "_T", "_T", "_T", freq, period, value, "MAD", 6, "A",
                null, 1, null, 1);
    }

    private static List<ObservationRow> months(String year, int count) {
        List<ObservationRow> rows = new ArrayList<>();
        for (int m = 1; m <= count; m++) {
            rows.add(row("M", year + "-" + (m < 10 ? "0" : "") + m, m / 10.0));
        }
        return rows;
    }

    @Test
    void twelveMonthsMakeACompleteYearAddedInDecimals() {
        Figure year = RollUp.annual(months("2023", 12), true).get("2023");
        assertThat(year.value()).isEqualTo(7.8);
        assertThat(year.coverage().text()).isEqualTo("12 of 12 months");
        assertThat(year.partial()).isFalse();
        assertThat(year.unitMult()).isEqualTo(6);
    }

    @Test
    void elevenMonthsMakeAPartialYearNamingTheMissingMonth() {
        Figure year = RollUp.annual(months("2024", 11), true).get("2024");
        assertThat(year.partial()).isTrue();
        assertThat(year.coverage().missing()).containsExactly("2024-12");
        assertThat(year.coverage().text()).isEqualTo("11 of 12 months; 2024-12 missing");
    }

    @Test
    void fourQuartersMakeAYearAndTheirGapIsNamed() {
        List<ObservationRow> rows = List.of(row("Q", "2022-Q1", 1), row("Q", "2022-Q2", 2), row("Q", "2022-Q3", 3),
                row("Q", "2022-Q4", 4), row("Q", "2023-Q1", 5), row("Q", "2023-Q3", 6));
        Map<String, Figure> years = RollUp.annual(rows, true);
        assertThat(years.get("2022").value()).isEqualTo(10.0);
        assertThat(years.get("2022").coverage().text()).isEqualTo("4 of 4 quarters");
        assertThat(years.get("2023").coverage().missing()).containsExactly("2023-Q2", "2023-Q4");
    }

    @Test
    void thePublishersOwnAnnualFigureWinsOverItsMonths() {
        List<ObservationRow> rows = new ArrayList<>(months("2023", 12));
        rows.add(row("A", "2023", 99));
        Figure year = RollUp.annual(rows, true).get("2023");
        assertThat(year.value()).isEqualTo(99.0);
        assertThat(year.coverage()).isNull();
    }

    @Test
    void stocksAreNeverSummedOverMonths() {
        assertThat(RollUp.annual(months("2023", 12), false)).isEmpty();
    }
}
