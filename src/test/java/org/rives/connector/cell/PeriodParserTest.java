package org.rives.connector.cell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rives.connector.cell.PeriodParser.Period;

class PeriodParserTest {

    @Test
    void normalisesYearsQuartersAndMonths() {
        assertThat(PeriodParser.parse("2022 ")).isEqualTo(new Period("A", "2022"));
        assertThat(PeriodParser.parse("2019Q1")).isEqualTo(new Period("Q", "2019-Q1"));
        assertThat(PeriodParser.parse("2019-Q4")).isEqualTo(new Period("Q", "2019-Q4"));
        assertThat(PeriodParser.parse("2024-03")).isEqualTo(new Period("M", "2024-03"));
        assertThat(PeriodParser.parse("2024M3")).isEqualTo(new Period("M", "2024-03"));
    }

    @Test
    void refusesWhatIsNotAPeriod() {
        assertThat(PeriodParser.parse("2024-13")).isNull();
        assertThat(PeriodParser.parse("2019Q5")).isNull();
        assertThat(PeriodParser.parse("last year")).isNull();
        assertThat(PeriodParser.parse("2024-04-31")).isNull();
        assertThat(PeriodParser.parse("2024-4-3")).isNull();
    }

    /** A day stays a day (the ECB's rate of one day): never the month or year it falls in. */
    @Test
    void keepsADayAsADay() {
        assertThat(PeriodParser.parse("2026-04-13")).isEqualTo(new Period("D", "2026-04-13"));
        assertThat(PeriodParser.parse("2024-02-29")).isEqualTo(new Period("D", "2024-02-29"));
        assertThat(PeriodParser.parse("2023-02-29")).isNull();
    }
}
