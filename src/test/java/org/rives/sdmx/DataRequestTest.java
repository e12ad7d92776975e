package org.rives.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Data queries are read as the SDMX 2.1 REST API writes them, and a mistake is named, never guessed around. */
class DataRequestTest {

    @Test
    void readsFlowKeyWildcardsAlternativesAndProviders() {
        DataRequest request = DataRequest.parse("RIVES,DF_DEVELOPMENT,1.0", "A.REMIT_IN.MAR+TUN.....",
                "RIVES,worldbank-wdi+oc-maroc-mre", Map.of());
        assertThat(request.flow()).isEqualTo(new FlowRef("RIVES", "DF_DEVELOPMENT", "1.0"));
        assertThat(request.key()).containsExactly(Set.of("A"), Set.of("REMIT_IN"), Set.of("MAR", "TUN"), Set.of(),
                Set.of(), Set.of(), Set.of(), Set.of());
        assertThat(request.providers()).containsExactly("worldbank-wdi", "oc-maroc-mre");
        assertThat(request.dimensionAtObservation()).isEqualTo("TIME_PERIOD");
        assertThat(request.detail()).isEqualTo(DataDetail.FULL);
    }

    @Test
    void allAndAnEmptyKeyMeanEverything() {
        assertThat(DataRequest.parse("DF_MIGRATION", "all", "all", Map.of()).key()).allMatch(Set::isEmpty);
        assertThat(DataRequest.parse("DF_MIGRATION", null, null, Map.of()).flow())
                .isEqualTo(new FlowRef("all", "DF_MIGRATION", "latest"));
    }

    @Test
    void readsTheParameters() {
        DataRequest request = DataRequest.parse("DF_MIGRATION", "all", null, Map.of("startPeriod", "2020-Q2",
                "endPeriod", "2022", "updatedAfter", "2026-03-01T10:00:00+01:00", "firstNObservations", "3",
                "lastNObservations", "2", "dimensionAtObservation", "AllDimensions", "detail", "dataonly",
                "includeHistory", "false"));
        assertThat(request.start()).isEqualTo(new ReportingPeriod(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 7, 1)));
        assertThat(request.end().endExclusive()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(request.updatedAfter()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(request.firstN()).isEqualTo(3);
        assertThat(request.lastN()).isEqualTo(2);
        assertThat(request.flat()).isTrue();
        assertThat(request.detail()).isEqualTo(DataDetail.DATA_ONLY);
    }

    @Test
    void refusesWhatTheStandardDoesNotAllowWithTheRightCategory() {
        assertError("A.REMIT_IN", Map.of(), SdmxError.SYNTAX, "has 2 positions");
        assertError("A.REMIT IN......", Map.of(), SdmxError.SYNTAX, "not an SDMX code");
        assertError("all", Map.of("startPeriod", "2022-13"), SdmxError.SYNTAX, "startPeriod=2022-13");
        assertError("all", Map.of("lastNObservations", "0"), SdmxError.SYNTAX, "positive integer");
        assertError("all", Map.of("detail", "everything"), SdmxError.SYNTAX, "detail=everything");
        assertError("all", Map.of("format", "csv"), SdmxError.SYNTAX, "unknown parameter \"format\"");
        assertError("all", Map.of("updatedAfter", "yesterday"), SdmxError.SYNTAX, "xs:dateTime");
        assertError("all", Map.of("dimensionAtObservation", "COLOUR"), SdmxError.SEMANTIC, "COLOUR");
        assertError("all", Map.of("includeHistory", "true"), SdmxError.NOT_IMPLEMENTED, "includeHistory");
    }

    private static void assertError(String key, Map<String, String> parameters, SdmxError error, String text) {
        assertThatThrownBy(() -> DataRequest.parse("DF_MIGRATION", key, null, parameters))
                .isInstanceOfSatisfying(SdmxException.class, e -> assertThat(e.error()).isEqualTo(error))
                .hasMessageContaining(text);
    }
}
