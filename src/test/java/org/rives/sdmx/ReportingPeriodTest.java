package org.rives.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The days each form of startPeriod/endPeriod covers (end exclusive); reporting years start on 1 January. */
class ReportingPeriodTest {

    @ParameterizedTest
    @CsvSource({"2022, 2022-01-01, 2023-01-01", "2022-A1, 2022-01-01, 2023-01-01", "2022-S2, 2022-07-01, 2023-01-01",
            "2022-Q3, 2022-07-01, 2022-10-01", "2022-M02, 2022-02-01, 2022-03-01", "2022-02, 2022-02-01, 2022-03-01",
            "2020-W01, 2019-12-30, 2020-01-06", "2022-D032, 2022-02-01, 2022-02-02",
            "2022-07-14, 2022-07-14, 2022-07-15",
            "2022-07-14T10:00:00Z, 2022-07-14, 2022-07-15", "2022-07-14T10:00:00, 2022-07-14, 2022-07-15"})
    void coversTheDaysOfThePeriod(String text, LocalDate start, LocalDate endExclusive) {
        assertThat(ReportingPeriod.parse("startPeriod", text)).isEqualTo(new ReportingPeriod(start, endExclusive));
    }

    @ParameterizedTest
    @ValueSource(strings = {"22", "2022-Q5", "2022-S3", "2022-M13", "2022-W54", "2022-D366", "2022-02-30", "last year"})
    void refusesWhatIsNotAPeriod(String text) {
        assertThatThrownBy(() -> ReportingPeriod.parse("endPeriod", text)).isInstanceOf(SdmxException.class)
                .hasMessageContaining("endPeriod=" + text);
    }
}
