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
    }
}
