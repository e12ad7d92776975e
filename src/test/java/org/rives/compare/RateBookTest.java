package org.rives.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.store.LoadReport;
import org.rives.testing.TestStore;

/**
 * Every conversion path against the repository's rate samples: the World Bank's national currency per
 * dollar and the ECB's dollars per euro, annual and monthly; a missing rate is no conversion.
 */
class RateBookTest {

    @TempDir
    Path dir;
    TestStore store;
    RateBook rates;

    @BeforeEach
    void loadRates() {
        store = new TestStore(dir);
        load("worldbank-wdi", "sample-data/worldbank-wdi/API_PA.NUS.FCRF_DS2_en_csv_v2_ILLUSTRATIVE.csv");
        load("ecb-eurofxref", "sample-data/ecb-eurofxref/eurofxref-hist.csv");
        rates = new RateBook(CompareNotes.load(), ObservationSource.of(store.queries),
                new SourcePrecedence(TestStore.catalogue(), SourceDirectory.of(store.connectors)), null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void load(String connector, String sample) {
        assertThat(store.load(connector, TestStore.REPO.resolve(sample)).status()).isEqualTo(LoadReport.COMMITTED);
    }

    @Test
    void dollarsToEurosUseTheEcbsDollarPerEuroOfTheSameYear() {
        Conversion conversion = rates.convert("USD", "EUR", "2022").orElseThrow();
        assertThat(conversion.factor()).isCloseTo(1 / 1.053, within(1e-12));
        assertThat(conversion.rate()).isEqualByComparingTo("1.053");
        assertThat(conversion.rateUnit()).isEqualTo("USD per EUR");
        assertThat(conversion.rateSource()).isEqualTo("ecb-eurofxref");
        assertThat(conversion.ratePeriod()).isEqualTo("2022");
    }

    @Test
    void aMonthIsConvertedAtThatMonthsRate() {
        Conversion conversion = rates.convert("USD", "EUR", "2023-03").orElseThrow();
        assertThat(conversion.rate()).isEqualByComparingTo("1.0706");
        assertThat(conversion.ratePeriod()).isEqualTo("2023-03");
    }

    @Test
    void dirhamsToDollarsUseTheWorldBankRateOfMorocco() {
        Conversion conversion = rates.convert("MAD", "USD", "2022").orElseThrow();
        assertThat(conversion.factor()).isCloseTo(1 / 10.161, within(1e-12));
        assertThat(conversion.rateUnit()).isEqualTo("MAD per USD");
        assertThat(conversion.rateSource()).isEqualTo("worldbank-wdi");
    }

    @Test
    void dollarsToTheNativeCurrencyMultiplyByThePublishedRate() {
        assertThat(rates.convert("USD", "TND", "2023").orElseThrow().factor()).isCloseTo(3.106, within(1e-12));
    }

    @Test
    void dirhamsToEurosCrossThroughTheDollarAndNameBothRates() {
        Conversion conversion = rates.convert("MAD", "EUR", "2022").orElseThrow();
        assertThat(conversion.factor()).isCloseTo(1 / (10.161 * 1.053), within(1e-12));
        assertThat(conversion.rate()).isEqualByComparingTo("10.6995");
        assertThat(conversion.rateSource()).isEqualTo("worldbank-wdi+ecb-eurofxref");
        assertThat(conversion.legs()).extracting(Leg::rateUnit).containsExactly("MAD per USD", "USD per EUR");
    }

    @Test
    void eurosToEurosNeedNoRate() {
        assertThat(rates.convert("EUR", "EUR", "1990").orElseThrow().none()).isTrue();
    }

    @Test
    void aPeriodWithoutARateHasNoConversionNeverANeighboursRate() {
        assertThat(rates.convert("USD", "EUR", "2014")).isEmpty();
        assertThat(rates.convert("USD", "EUR", "2025-03")).isEmpty();
        assertThat(rates.convert("USD", "EUR", "2024-Q1")).isEmpty();
        assertThat(rates.convert("MAD", "EUR", "2025")).isEmpty();
    }

    /** A day's rate (the ECB's one-day file) is no month's or year's mean: a figure of that month is not converted. */
    @Test
    void aDaysRateConvertsNoFigureOfItsMonthOrYear() {
        load("ecb-eurofxref-daily", "sample-data/ecb-eurofxref/eurofxref.csv");
        RateBook withTheDay = new RateBook(CompareNotes.load(), ObservationSource.of(store.queries),
                new SourcePrecedence(TestStore.catalogue(), SourceDirectory.of(store.connectors)), null);
        assertThat(withTheDay.convert("USD", "EUR", "2026-04")).isEmpty();
        assertThat(withTheDay.convert("USD", "EUR", "2026")).isEmpty();
        assertThat(withTheDay.convert("USD", "EUR", "2023-03")).isPresent();
    }
}
