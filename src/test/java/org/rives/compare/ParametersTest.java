package org.rives.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rives.error.ErrorCode;
import org.rives.error.ParameterException;

/**
 * The request is checked before the engine runs: each parameter as given, refused with its name, its
 * accepted values and a sentence a user reads; a valid query becomes a typed {@link CompareRequest}.
 */
class ParametersTest {

    static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    final Parameters parameters = new Parameters(CompareArithmeticTest.CATALOGUE, CompareArithmeticTest.NOTES,
            new FakeSources(Map.of("worldbank-wdi", false, "oc-maroc-mre", true)), Clock.fixed(NOW, ZoneOffset.UTC));

    private static CompareParameters query(String from, String to, String freq) {
        return new CompareParameters("REMIT_IN", null, null, freq, from, to, null, null, null, null, null, null, null, null, null);
    }

    private static ParameterException refusal(Runnable call) {
        try {
            call.run();
        } catch (ParameterException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aValidQueryBecomesATypedRequestWithItsDefaults() {
        CompareRequest request = new CompareParameters("REMIT_IN", "5P5_S,ESP", "_T", "A", "2019", "2023",
                "worldbank-wdi", "2026-03-01", "fr", "eur", "6", null, "false", null, null).request(parameters);

        assertThat(request.indicator()).isEqualTo("REMIT_IN");
        assertThat(request.areas()).containsExactly("DZA", "LBY", "MAR", "MRT", "TUN", "ESP");
        assertThat(request.freq()).isEqualTo(Frequency.A);
        assertThat(request.asOf()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(request.display()).isEqualTo(new Display("EUR", 6, null, false));
        CompareRequest defaults = query(null, null, null).request(parameters);
        assertThat(defaults.areas()).as("the indicator's own, chosen by the engine").isEmpty();
        assertThat(defaults.language()).isEqualTo("en");
        assertThat(defaults.display()).isEqualTo(Display.AS_PUBLISHED);
    }

    @Test
    void areasAndPartnersAreReadInAnySpellingOfTheCatalogue() {
        assertThat(parameters.areas("areas", "Maroc, ES")).extracting(a -> a.code()).containsExactly("MAR", "ESP");
        assertThat(parameters.partner("partner", "504")).isEqualTo("MAR");
        assertThat(refusal(() -> parameters.partner("partner", "ZZZ")).accepted()).startsWith("_T").contains("MAR");
    }

    @Test
    void periodsMustBePeriodsInOrder() {
        assertThat(refusal(() -> query("abc", null, null).request(parameters)).parameter()).isEqualTo("from");
        assertThat(refusal(() -> query("2023", "2019", null).request(parameters)).code())
                .isEqualTo(ErrorCode.PARAMETER_CONFLICT);
        assertThat(refusal(() -> query("2024-Q1", null, "M").request(parameters)).accepted())
                .containsExactly("YYYY", "YYYY-MM");
        assertThat(query("2019-03", "2019", "M").request(parameters).from()).isEqualTo("2019-03");
        assertThat(refusal(() -> query(null, null, "Z").request(parameters)).accepted()).containsExactly("A", "Q", "M");
    }

    @Test
    void asOfIsADateBetween1970AndToday() {
        assertThat(parameters.asOf("asOf", "2026-03-15")).isEqualTo(Instant.parse("2026-03-16T00:00:00Z"));
        assertThat(parameters.asOf("asOf", "2025-06-01T12:00:00Z")).isEqualTo(Instant.parse("2025-06-01T12:00:00Z"));
        assertThat(refusal(() -> parameters.asOf("asOf", "2026-03-20")).getMessage()).contains("today");
        assertThat(refusal(() -> parameters.asOf("asOf", "1969-12-31")).parameter()).isEqualTo("asOf");
        assertThat(refusal(() -> parameters.asOf("asOf", "2025-02-30")).accepted())
                .containsExactly("YYYY-MM-DD", "YYYY-MM-DDThh:mm:ssZ");
    }

    @Test
    void sourcesAreTheInstallationsOwn() {
        assertThat(parameters.source("source", "oc-maroc-mre")).isEqualTo("oc-maroc-mre");
        assertThat(refusal(() -> parameters.source("source", "nosuch")).accepted())
                .containsExactly("oc-maroc-mre", "worldbank-wdi");
    }

    @Test
    void displayOptionsAreCheckedAndMustGoTogether() {
        assertThat(refusal(() -> Display.of("GBP", null, null, null)).getMessage())
                .isEqualTo("currency must be USD, EUR or native (each area's own currency)");
        assertThat(refusal(() -> Display.of(null, null, "10", null)).getMessage())
                .isEqualTo("perCapita must be 1000 or 100000 (inhabitants)");
        assertThat(refusal(() -> Display.of("EUR", null, null, "true")).code()).isEqualTo(ErrorCode.PARAMETER_CONFLICT);
        assertThat(refusal(() -> Display.of(null, "3", "1000", null)).parameter()).isEqualTo("scale");
        assertThat(refusal(() -> Display.of(null, null, null, "yes")).accepted()).containsExactly("true", "false");
        assertThat(Display.of("published", " ", null, "FALSE")).isEqualTo(Display.AS_PUBLISHED);
    }

    @Test
    void aMirrorNeedsAnIndicatorWithAMirrorAndTwoCountries() {
        ParameterException noMirror = refusal(() -> new MirrorParameters("ASYL_APP", "ESP", "MAR", null, null, null,
                null, null, null).request(parameters));
        assertThat(noMirror.getMessage()).contains("no mirror indicator");
        assertThat(noMirror.accepted()).contains("IMMIG", "EMIG", "REMIT_IN");
        assertThat(refusal(() -> new MirrorParameters("IMMIG", "ESP", "5P5", null, null, null, null, null, null)
                .request(parameters)).parameter()).isEqualTo("partner");
        assertThatThrownBy(() -> new MirrorParameters("IMMIG", null, "MAR", null, null, null, null, null, null)
                .request(parameters)).hasMessageContaining("reporter is required");
    }
}
