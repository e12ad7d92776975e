package org.rives.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rives.api.CompareFixture.cell;
import static org.rives.api.CompareFixture.group;
import static org.rives.api.CompareFixture.request;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden figures of /api/compare over the repository's samples: each conversion, shore aggregates with
 * and without gaps, and precedence where two sources give the same figure.
 */
class CompareServiceTest {

    @TempDir
    Path dir;
    CompareFixture fixture;

    @BeforeEach
    void load() {
        fixture = new CompareFixture(dir, CompareFixture.REMITTANCES, CompareFixture.RATES_USD, CompareFixture.GDP,
                CompareFixture.POPULATION, CompareFixture.RATES_EUR, CompareFixture.RATES_EUR_MONTHLY,
                CompareFixture.MRE, CompareFixture.ASYLUM);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private CompareTable remittances(String currency, Integer scale, Integer perCapita, boolean shareOfGdp) {
        return fixture.compare.compare(request("REMIT_IN", "2014", "2024", null, currency, scale, perCapita,
                shareOfGdp));
    }

    @Test
    void asPublishedByDefault() {
        CompareTable.Cell morocco = cell(remittances(null, null, null, false), "MAR", "2022");
        assertThat(morocco.value()).isEqualByComparingTo("11170423192.2348");
        assertThat(morocco.conversion()).isNull();
        assertThat(morocco.comparability().grade()).isEqualTo("comparable");
    }

    @Test
    void dollarsToEurosNameTheRateTheyUsed() {
        CompareTable.Cell morocco = cell(remittances("EUR", null, null, false), "MAR", "2022");
        assertThat(morocco.value()).isEqualByComparingTo("10608189170");
        assertThat(morocco.unit()).isEqualTo("EUR");
        assertThat(morocco.conversion().rate()).isEqualByComparingTo("1.053");
        assertThat(morocco.conversion().rateSource()).isEqualTo("ecb-eurofxref");
        assertThat(morocco.conversion().ratePeriod()).isEqualTo("2022");
    }

    @Test
    void aYearWithoutARateIsAnEmptyCellWithANote() {
        CompareTable.Cell spain = cell(remittances("EUR", null, null, false), "ESP", "2014");
        assertThat(spain.value()).isNull();
        assertThat(spain.note()).isEqualTo("no USD–EUR exchange rate for 2014 in the rates feeds");
        assertThat(spain.source()).isEqualTo("worldbank-wdi");
    }

    @Test
    void nativeCurrencyIsEachCountrysOwn() {
        CompareTable table = remittances("native", null, null, false);
        assertThat(cell(table, "MAR", "2022").value()).isEqualByComparingTo("113502670100");
        assertThat(cell(table, "MAR", "2022").unit()).isEqualTo("MAD");
        assertThat(cell(table, "ESP", "2022").value()).isEqualByComparingTo("4070093764");
        assertThat(cell(table, "ESP", "2022").unit()).isEqualTo("EUR");
        assertThat(group(table, "5P5_S").subtotal().get("2022").value()).isNull();
        assertThat(group(table, "5P5_S").subtotal().get("2022").note()).contains("different units");
    }

    @Test
    void scaleShowsPublishedDigitsInTheUnitAsked() {
        CompareTable.Cell morocco = cell(remittances(null, 9, null, false), "MAR", "2022");
        assertThat(morocco.value()).isEqualByComparingTo("11.1704231922348");
        assertThat(morocco.unitMult()).isEqualTo(9);
    }

    @Test
    void shareOfGdpNamesItsDenominator() {
        CompareTable.Cell morocco = cell(remittances(null, null, null, true), "MAR", "2022");
        assertThat(morocco.value()).isEqualByComparingTo("8.507557648");
        assertThat(morocco.unit()).isEqualTo("PC_GDP");
        assertThat(morocco.denominator().indicator()).isEqualTo("GDP");
        assertThat(morocco.denominator().value()).isEqualByComparingTo("131300000000");
        assertThat(morocco.denominator().source()).isEqualTo("worldbank-wdi");
        assertThat(morocco.denominator().period()).isEqualTo("2022");
    }

    @Test
    void perCapitaDividesByThePopulationOfTheSameYear() {
        CompareTable table = remittances(null, null, 1000, false);
        CompareTable.Cell morocco = cell(table, "MAR", "2022");
        double population = morocco.denominator().value().doubleValue();
        assertThat(morocco.denominator().indicator()).isEqualTo("POP");
        assertThat(morocco.denominator().per()).isEqualTo(1000);
        assertThat(morocco.unit()).isEqualTo("USD_PER_1000_INHAB");
        assertThat(morocco.value().doubleValue()).isCloseTo(11170423192.2348 / (population / 1000),
                org.assertj.core.api.Assertions.within(1e-3));
    }

    @Test
    void shoreSubtotalCountsARealZeroAndNamesEveryGap() {
        CompareTable table = remittances(null, null, null, false);
        CompareTable.Subtotal south2023 = group(table, "5P5_S").subtotal().get("2023");
        assertThat(south2023.value()).isEqualByComparingTo("16662725350");
        assertThat(south2023.coverage()).isEqualTo("5 of 5 countries");
        CompareTable.Subtotal north2024 = group(table, "5P5_N").subtotal().get("2024");
        assertThat(north2024.value()).isEqualByComparingTo("56097823130");
        assertThat(north2024.missing()).isEmpty();
        CompareTable.Subtotal total2024 = table.total().subtotal().get("2024");
        assertThat(total2024.have()).isEqualTo(6);
        assertThat(total2024.missing()).containsExactly("DZA", "LBY", "MRT", "TUN");
        assertThat(total2024.partial()).containsExactly("MAR");
        assertThat(total2024.coverage()).isEqualTo("6 of 10 countries; Algeria, Libya, Mauritania, Tunisia missing; "
                + "Morocco partial (11 of 12 months; 2024-12 missing)");
        assertThat(total2024.value()).isNull();
    }

    @Test
    void aGapInTheNorthIsNamedBesideTheSum() {
        CompareTable asylum = fixture.compare.compare(request("ASYL_APP", "2024", "2024", null, null, null, null,
                false));
        CompareTable.Subtotal north = group(asylum, "5P5_N").subtotal().get("2024");
        assertThat(north.coverage()).isEqualTo("4 of 5 countries; Portugal missing");
        assertThat(north.missing()).containsExactly("PRT");
        assertThat(north.value()).isNotNull();
        assertThat(north.note()).isEqualTo("sum over 4 of 5 countries only");
    }

    @Test
    void precedencePicksTheHeadlineAndListsTheOtherSourceWithTheSpread() {
        CompareTable.Cell morocco = cell(remittances("USD", null, null, false), "MAR", "2023");
        assertThat(morocco.source()).isEqualTo("worldbank-wdi");
        assertThat(morocco.value()).isEqualByComparingTo("11755209354.6739");
        assertThat(morocco.alternatives()).singleElement().satisfies(alternative -> {
            assertThat(alternative.source()).isEqualTo("oc-maroc-mre");
            assertThat(alternative.value()).isEqualByComparingTo("11479617020");
            assertThat(alternative.coverage().text()).isEqualTo("12 of 12 months");
            assertThat(alternative.conversion().rateUnit()).isEqualTo("MAD per USD");
        });
        assertThat(morocco.spread().absolute()).isEqualByComparingTo("275592334.6739");
        assertThat(morocco.spread().relative()).isEqualByComparingTo("0.02344");
    }

    @Test
    void whereTheHeadlineSourceIsSilentTheNextGivesAPartialYear() {
        CompareTable.Cell morocco = cell(remittances(null, null, null, false), "MAR", "2024");
        assertThat(morocco.source()).isEqualTo("oc-maroc-mre");
        assertThat(morocco.value()).isEqualByComparingTo("110228.1");
        assertThat(morocco.unitMult()).isEqualTo(6);
        assertThat(morocco.partial()).isTrue();
        // The Office des Changes sample is illustrative, so its figure is never graded comparable.
        assertThat(morocco.comparability().grade()).isEqualTo("not comparable");
        assertThat(morocco.comparability().notes()).contains("illustrative sample figure, not a published value",
                "partial year: 11 of 12 months; 2024-12 missing");
    }

    @Test
    void sourceForcesOneSource() {
        CompareTable table = fixture.compare.compare(request("REMIT_IN", "2023", "2023", "oc-maroc-mre", null, null,
                null, false));
        CompareTable.Cell morocco = cell(table, "MAR", "2023");
        assertThat(morocco.source()).isEqualTo("oc-maroc-mre");
        assertThat(morocco.alternatives()).isEmpty();
        assertThat(cell(table, "ESP", "2023")).isNull();
        assertThat(table.options().sources()).containsExactly("worldbank-wdi", "oc-maroc-mre");
    }

    @Test
    void optionsAdvertiseTheControlsTheIndicatorSupports() {
        CompareTable.Options money = remittances(null, null, null, false).options();
        assertThat(money.currencies()).containsExactly("native", "USD", "EUR");
        assertThat(money.shareOfGdp()).isTrue();
        assertThat(money.perCapita()).containsExactly(1000, 100000);
        CompareTable.Options persons = fixture.compare.compare(request("ASYL_APP", "2024", "2024", null, null, null,
                null, false)).options();
        assertThat(persons.currencies()).isEmpty();
        assertThat(persons.shareOfGdp()).isFalse();
    }

    @Test
    void aTypoInADisplayOptionIsAnError() {
        assertThatThrownBy(() -> remittances("GBP", null, null, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> remittances(null, null, 10, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> remittances("EUR", null, null, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
