package org.rives.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rives.compare.CompareFixture.cell;
import static org.rives.compare.CompareFixture.group;
import static org.rives.compare.CompareFixture.request;

import java.nio.file.Path;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader of the table alone must be able to trust: one unit per column, part-years not shown as
 * years nor summed with them, illustrative samples left out unless asked, over the repository's samples
 * (Spain's asylum applicants of 2025 cover two months; the Tunisian and Moroccan remittance samples are
 * illustrative, monthly and in dinars and dirhams).
 */
class HonestDisplayTest {

    @TempDir
    static Path dir;
    static CompareFixture fixture;

    @BeforeAll
    static void load() {
        fixture = new CompareFixture(dir, CompareFixture.REMITTANCES, CompareFixture.RATES_USD, CompareFixture.MRE,
                CompareFixture.TUNISIA_WAGES, CompareFixture.ASYLUM, CompareFixture.ASYLUM_MONTHLY,
                "iom-missing-migrants/MissingMigrants-Global-2026-05-06--19_42_11.csv");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void aPartYearIsLeftOutOfAnAnnualTableAndNamed() {
        CompareTable asylum = fixture.compare.compare(request("ASYL_APP", "2023", null, false, false));
        assertThat(asylum.periods()).containsExactly("2023", "2024");
        assertThat(asylum.withheld().partYears()).extracting(p -> p.area() + " " + p.period() + ": " + p.have()
                + " of " + p.of() + " " + p.parts()).containsExactly("ESP 2025: 2 of 12 months",
                "ITA 2025: 1 of 12 months", "MLT 2025: 1 of 12 months", "PRT 2024: 9 of 12 months");
        assertThat(cell(asylum, "PRT", "2024")).isNull();
        assertThat(group(asylum, "5P5_N").subtotal().get("2024").missing()).containsExactly("PRT");
    }

    @Test
    void aPartYearShownOnRequestIsNeverSummedWithCompleteYears() {
        CompareTable asylum = fixture.compare.compare(request("ASYL_APP", "2023", null, true, false));
        assertThat(asylum.periods()).containsExactly("2023", "2024", "2025");
        CompareTable.Cell spain = cell(asylum, "ESP", "2025");
        assertThat(spain.partial()).isTrue();
        assertThat(spain.value()).isEqualByComparingTo("26355");
        CompareTable.Subtotal north = group(asylum, "5P5_N").subtotal().get("2025");
        assertThat(north.value()).isNull();
        assertThat(north.partial()).containsExactly("ESP", "ITA", "MLT");
        assertThat(north.coverage()).contains("Spain part-year (2 of 12 months", "not summed");
        assertThat(asylum.withheld().partYears()).isEmpty();
    }

    @Test
    void illustrativeFiguresAreLeftOutUnlessAsked() {
        CompareTable remittances = fixture.compare.compare(request("REMIT_IN", "2023", "2024", false, false));
        assertThat(remittances.withheld().illustrative()).containsExactlyInAnyOrder("oc-maroc-mre",
                "bct-tn-revenus-travail");
        assertThat(remittances.sources()).extracting(CompareTable.SourceInfo::id).containsExactly("worldbank-wdi");
        assertThat(cell(remittances, "MAR", "2023").alternatives()).isEmpty();
        assertThat(cell(remittances, "MAR", "2024")).isNull();

        CompareTable asked = fixture.compare.compare(request("REMIT_IN", "2023", "2024", true, true));
        assertThat(asked.withheld().illustrative()).isEmpty();
        assertThat(cell(asked, "MAR", "2024").source()).isEqualTo("oc-maroc-mre");
    }

    @Test
    void anIndicatorByRouteIsShownByRouteWhenNoAreaIsAsked() {
        CompareTable routes = fixture.compare.compare(new CompareRequest("DEAD_MISSING", java.util.List.of(), null,
                Frequency.A, null, null, null, null, "en", Display.AS_PUBLISHED));
        assertThat(routes.periods()).isNotEmpty();
        assertThat(routes.groups()).singleElement().satisfies(group -> assertThat(group.rows())
                .extracting(CompareTable.Row::area).contains("ROUTE_WMED", "ROUTE_CMED"));
        assertThat(routes.total()).isNull();
        CompareTable countries = fixture.compare.compare(new CompareRequest("ASYL_APP", java.util.List.of(), null,
                Frequency.A, null, null, null, null, "en", Display.AS_PUBLISHED));
        assertThat(countries.groups()).extracting(CompareTable.Group::code).containsExactly("5P5_N", "5P5_S");
    }

    @Test
    void anAmountInANationalCurrencyIsConvertedToTheColumnsUnit() {
        CompareTable remittances = fixture.compare.compare(request("REMIT_IN", "2023", "2024", true, true));
        for (String period : remittances.periods()) {
            assertThat(remittances.groups().stream().flatMap(g -> g.rows().stream())
                    .map(row -> row.cells().get(period)).filter(Objects::nonNull).map(CompareTable.Cell::unit))
                    .as(period).containsOnly("USD");
        }
        CompareTable.Cell tunisia = cell(remittances, "TUN", "2024");
        assertThat(tunisia.source()).isEqualTo("bct-tn-revenus-travail");
        assertThat(tunisia.conversion().from()).isEqualTo("TND");
        assertThat(tunisia.conversion().to()).isEqualTo("USD");
        assertThat(tunisia.conversion().rate()).isEqualByComparingTo("3.122");
        assertThat(tunisia.conversion().ratePeriod()).isEqualTo("2024");
        CompareTable.Alternative dirhams = cell(remittances, "MAR", "2023").alternatives().get(0);
        assertThat(dirhams.unit()).isEqualTo("USD");
        assertThat(dirhams.conversion().rateUnit()).isEqualTo("MAD per USD");
    }
}
