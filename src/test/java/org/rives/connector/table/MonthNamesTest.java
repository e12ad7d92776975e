package org.rives.connector.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MonthNamesTest {

    @Test
    void readsFrenchMonthAndYearLabelsWhateverTheCaseAccentsOrAbbreviation() {
        MonthNames fr = MonthNames.of("fr");
        assertThat(fr.normalise("Janvier 2024")).isEqualTo("2024-01");
        assertThat(fr.normalise("févr. 2024")).isEqualTo("2024-02");
        assertThat(fr.normalise("FEVRIER 2024")).isEqualTo("2024-02");
        assertThat(fr.normalise("2023 décembre")).isEqualTo("2023-12");
        assertThat(fr.normalise("août-2023")).isEqualTo("2023-08");
    }

    @Test
    void combinesAYearHeaderWithAMonthCell() {
        assertThat(MonthNames.of("it").combine("2023", "Settembre")).isEqualTo("2023-09");
        assertThat(MonthNames.of("es").combine("2024 ", "dic.")).isEqualTo("2024-12");
        assertThat(MonthNames.of("pt").combine("2022", "Março")).isEqualTo("2022-03");
    }

    @Test
    void passesOtherLabelsOnUnchangedForTheHarmoniserToJudge() {
        MonthNames fr = MonthNames.of("fr");
        assertThat(fr.normalise("2024")).isEqualTo("2024");
        assertThat(fr.normalise("2024M03")).isEqualTo("2024M03");
        assertThat(fr.normalise("Brumaire 2024")).isEqualTo("Brumaire 2024");
        assertThat(fr.combine("2024", "Total")).isEqualTo("2024 Total");
    }

    @Test
    void refusesAnUnknownLanguage() {
        assertThatThrownBy(() -> MonthNames.of("de")).hasMessageContaining("csv.monthNames");
    }
}
