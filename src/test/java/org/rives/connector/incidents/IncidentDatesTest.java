package org.rives.connector.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class IncidentDatesTest {

    @Test
    void readsTheEnglishDateOfThe2020Export() {
        assertThat(IncidentDates.month("January 13, 2020")).isEqualTo(YearMonth.of(2020, 1));
        assertThat(IncidentDates.month("December 04, 2019")).isEqualTo(YearMonth.of(2019, 12));
    }

    @Test
    void readsTheUsDateWithWeekdayAndTimeOfThe2026Export() {
        assertThat(IncidentDates.month("Thu, 01/01/2026 - 12:00")).isEqualTo(YearMonth.of(2026, 1));
        assertThat(IncidentDates.month("Sat, 04/18/2026 - 12:00")).isEqualTo(YearMonth.of(2026, 4));
    }

    @Test
    void readsTheIsoDateOfTheAllDataExport() {
        assertThat(IncidentDates.month("2014-01-06")).isEqualTo(YearMonth.of(2014, 1));
    }

    @Test
    void refusesWhatIsNoDate() {
        assertThat(IncidentDates.month("")).isNull();
        assertThat(IncidentDates.month("13/31/2020")).isNull();
        assertThat(IncidentDates.month("February 30, 2020")).isNull();
        assertThat(IncidentDates.month("Smarch 1, 2020")).isNull();
    }
}
