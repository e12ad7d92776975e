package org.rives.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rives.error.ErrorCode;
import org.rives.error.ParameterException;
import org.rives.harmonise.Area;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.CatalogueLoader;

/**
 * The engine's arithmetic on figures written here, read through a hand-written {@link FakeObservations}
 * instead of the store: shore sums and their coverage, ratios recomputed from sums, conversions at the
 * period's own rate, roll-ups of months, and the one source precedence.
 */
class CompareArithmeticTest {

    static final Catalogue CATALOGUE = CatalogueLoader.load();
    static final CompareNotes NOTES = CompareNotes.load();
    static final List<String> TEN = CATALOGUE.fivePlusFive().stream().map(Area::code).toList();

    final FakeObservations figures = new FakeObservations();
    FakeSources sources = new FakeSources(Map.of("worldbank-wdi", false, "oc-maroc-mre", false));

    private CompareTable table(String indicator, Frequency freq, Display display) {
        CompareEngine engine = new CompareEngine(CATALOGUE, figures, sources, NOTES);
        return engine.compare(new CompareRequest(indicator, TEN, null, freq, null, null, null, null, "en", display));
    }

    /** Annual, with part-years and illustrative figures shown (as the page's switches ask). */
    private CompareTable everything(String indicator, Display display) {
        CompareEngine engine = new CompareEngine(CATALOGUE, figures, sources, NOTES);
        return engine.compare(new CompareRequest(indicator, TEN, null, Frequency.A, null, null, null, null, "en",
                display, true, true));
    }

    private CompareTable annual(String indicator) {
        return table(indicator, Frequency.A, Display.AS_PUBLISHED);
    }

    private static CompareTable.Cell cell(CompareTable table, String area, String period) {
        return CompareFixture.cell(table, area, period);
    }

    @Test
    void aShoreIsSummedOverTheCountriesThatHaveAFigureAndNamesTheOthers() {
        figures.add("worldbank-wdi", "REMIT_IN", "ESP", "2022", 100, "USD", 0)
                .add("worldbank-wdi", "REMIT_IN", "FRA", "2022", 250.5, "USD", 0)
                .add("worldbank-wdi", "REMIT_IN", "ITA", "2022", 0, "USD", 0)
                .add("worldbank-wdi", "REMIT_IN", "MLT", "2022", 4.5, "USD", 0);

        CompareTable.Subtotal north = CompareFixture.group(annual("REMIT_IN"), Catalogue.NORTH).subtotal().get("2022");

        assertThat(north.value()).isEqualByComparingTo("355");
        assertThat(north.have()).isEqualTo(4);
        assertThat(north.missing()).containsExactly("PRT");
        assertThat(north.coverage()).isEqualTo("4 of 5 countries; Portugal missing");
        assertThat(north.note()).isEqualTo("sum over 4 of 5 countries only");
    }

    @Test
    void figuresInAnotherPowerOfTenAreSummedInUnits() {
        figures.add("worldbank-wdi", "REMIT_IN", "DZA", "2022", 1.5, "USD", 9)
                .add("worldbank-wdi", "REMIT_IN", "TUN", "2022", 500, "USD", 6);

        CompareTable.Subtotal south = CompareFixture.group(annual("REMIT_IN"), Catalogue.SOUTH).subtotal().get("2022");

        assertThat(south.unitMult()).isZero();
        assertThat(south.value()).isEqualByComparingTo("2000000000");
    }

    @Test
    void aRatioOfAShoreIsItsSummedNumeratorOverItsSummedDenominator() {
        figures.add("worldbank-wdi", "REMIT_IN", "ESP", "2022", 100, "USD", 0)
                .add("worldbank-wdi", "REMIT_IN", "FRA", "2022", 900, "USD", 0)
                .add("worldbank-wdi", "POP", "ESP", "2022", 1000, "PERS", 0)
                .add("worldbank-wdi", "POP", "FRA", "2022", 3000, "PERS", 0);

        CompareTable table = table("REMIT_IN", Frequency.A, new Display(null, null, 1000, false));

        assertThat(cell(table, "ESP", "2022").value()).isEqualByComparingTo("100");
        assertThat(cell(table, "FRA", "2022").value()).isEqualByComparingTo("300");
        // (100 + 900) / (1000 + 3000) per 1,000: neither the sum (400) nor the mean (200) of the two ratios.
        assertThat(CompareFixture.group(table, Catalogue.NORTH).subtotal().get("2022").value())
                .isEqualByComparingTo("250");
    }

    @Test
    void ratesAreNeverSummedOverCountries() {
        figures.add("worldbank-wdi", "XRATE_USD", "DZA", "2022", 140, "NAC_PER_USD", 0)
                .add("worldbank-wdi", "XRATE_USD", "TUN", "2022", 3.1, "NAC_PER_USD", 0);

        CompareTable.Subtotal south = CompareFixture.group(annual("XRATE_USD"), Catalogue.SOUTH).subtotal()
                .get("2022");

        assertThat(south.value()).isNull();
        assertThat(south.note()).isEqualTo("rates are not summed over countries");
    }

    @Test
    void anAmountIsConvertedAtTheRateOfItsOwnPeriodAndNamesIt() {
        figures.add("oc-maroc-mre", "REMIT_IN", "MAR", "2023", 1000, "MAD", 6)
                .add("worldbank-wdi", "XRATE_USD", "MAR", "2023", 10, "NAC_PER_USD", 0)
                .add("worldbank-wdi", "XRATE_USD", "MAR", "2022", 9, "NAC_PER_USD", 0);

        CompareTable.Cell morocco = cell(table("REMIT_IN", Frequency.A, new Display("USD", null, null, false)),
                "MAR", "2023");

        // 1,000 million dirhams at 10 dirhams to the dollar, shown in millions as published.
        assertThat(morocco.value()).isEqualByComparingTo("100");
        assertThat(morocco.unitMult()).isEqualTo(6);
        assertThat(morocco.unit()).isEqualTo("USD");
        assertThat(morocco.conversion().rate()).isEqualByComparingTo("10");
        assertThat(morocco.conversion().ratePeriod()).isEqualTo("2023");
        assertThat(morocco.conversion().rateSource()).isEqualTo("worldbank-wdi");
    }

    @Test
    void withoutARateForThePeriodThereIsNoFigureButANote() {
        figures.add("oc-maroc-mre", "REMIT_IN", "MAR", "2023", 1000, "MAD", 6)
                .add("worldbank-wdi", "XRATE_USD", "MAR", "2022", 9, "NAC_PER_USD", 0);

        CompareTable.Cell morocco = cell(table("REMIT_IN", Frequency.A, new Display("USD", null, null, false)),
                "MAR", "2023");

        assertThat(morocco.value()).isNull();
        assertThat(morocco.note()).isEqualTo("no MAD–USD exchange rate for 2023 in the rates feeds");
    }

    @Test
    void monthsAddUpToAYearOnlyWhenAllTwelveAreThere() {
        for (int month = 1; month <= 12; month++) {
            figures.add("oc-maroc-mre", "REMIT_IN", "MAR", String.format("2023-%02d", month), 10, "MAD", 6);
        }
        for (int month = 1; month <= 2; month++) {
            figures.add("oc-maroc-mre", "REMIT_IN", "MAR", String.format("2024-%02d", month), 10, "MAD", 6);
        }

        CompareTable table = everything("REMIT_IN", new Display(Display.NATIVE, null, null, false));

        assertThat(cell(table, "MAR", "2023").value()).isEqualByComparingTo("120");
        assertThat(cell(table, "MAR", "2023").partial()).isFalse();
        CompareTable.Cell partYear = cell(table, "MAR", "2024");
        assertThat(partYear.partial()).isTrue();
        assertThat(partYear.coverage().have()).isEqualTo(2);
        assertThat(partYear.coverage().missing()).hasSize(10).startsWith("2024-03");
        assertThat(partYear.comparability().notes()).anySatisfy(note -> assertThat(note).startsWith("partial year"));
    }

    @Test
    void theCatalogueOrderPicksTheHeadlineAndTheOtherSourceIsListedWithTheSpread() {
        figures.add("oc-maroc-mre", "REMIT_IN", "MAR", "2023", 90, "USD", 0)
                .add("worldbank-wdi", "REMIT_IN", "MAR", "2023", 100, "USD", 0);

        CompareTable.Cell morocco = cell(annual("REMIT_IN"), "MAR", "2023");

        assertThat(morocco.source()).isEqualTo("worldbank-wdi");
        assertThat(morocco.alternatives()).singleElement().satisfies(other ->
                assertThat(other.source()).isEqualTo("oc-maroc-mre"));
        assertThat(morocco.spread().absolute()).isEqualByComparingTo("10");
        assertThat(morocco.spread().relative()).isEqualByComparingTo("0.1");
    }

    @Test
    void aPublishedFigureHeadlinesBeforeAnIllustrativeOneWhateverTheCatalogueOrder() {
        sources = new FakeSources(Map.of("worldbank-wdi", true, "oc-maroc-mre", false));
        figures.add("oc-maroc-mre", "REMIT_IN", "MAR", "2023", 90, "USD", 0)
                .add("worldbank-wdi", "REMIT_IN", "MAR", "2023", 100, "USD", 0);

        CompareTable table = everything("REMIT_IN", Display.AS_PUBLISHED);
        CompareTable.Cell morocco = cell(table, "MAR", "2023");

        assertThat(morocco.source()).isEqualTo("oc-maroc-mre");
        assertThat(table.sources()).filteredOn(CompareTable.SourceInfo::illustrative)
                .extracting(CompareTable.SourceInfo::id).containsExactly("worldbank-wdi");
        // Unless asked for, the illustrative figure is left out altogether, and named as left out.
        CompareTable asPublished = annual("REMIT_IN");
        assertThat(cell(asPublished, "MAR", "2023").alternatives()).isEmpty();
        assertThat(asPublished.withheld().illustrative()).containsExactly("worldbank-wdi");
    }

    @Test
    void theSamePrecedenceChoosesTheExchangeRate() {
        sources = new FakeSources(Map.of("worldbank-wdi", true, "imf-ifs", false, "oc-maroc-mre", false));
        figures.add("oc-maroc-mre", "REMIT_IN", "MAR", "2023", 1000, "MAD", 0)
                .add("worldbank-wdi", "XRATE_USD", "MAR", "2023", 10, "NAC_PER_USD", 0)
                .add("imf-ifs", "XRATE_USD", "MAR", "2023", 8, "NAC_PER_USD", 0);

        CompareTable.Cell morocco = cell(table("REMIT_IN", Frequency.A, new Display("USD", null, null, false)),
                "MAR", "2023");

        // worldbank-wdi comes first in the catalogue for XRATE_USD, but its rate here is a sample.
        assertThat(morocco.conversion().rateSource()).isEqualTo("imf-ifs");
        assertThat(morocco.value()).isEqualByComparingTo("125");
    }

    @Test
    void anIndicatorBrokenDownByPartnerAsksTheCallerToChooseOne() {
        figures.add("worldbank-wdi", "IMMIG", "ESP", "MAR", "2022", 10, "PERS", 0)
                .add("worldbank-wdi", "IMMIG", "ESP", "DZA", "2022", 5, "PERS", 0);

        assertThatThrownBy(() -> annual("IMMIG")).isInstanceOfSatisfying(ParameterException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.PARAMETER_MISSING);
            assertThat(e.parameter()).isEqualTo("partner");
            assertThat(e.accepted()).containsExactlyInAnyOrder("MAR", "DZA");
        });
    }
}
