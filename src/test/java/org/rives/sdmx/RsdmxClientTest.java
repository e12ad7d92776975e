package org.rives.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * rsdmx, the R client (Debian's r-cran-rsdmx), reads Rives through its SDMX 2.1 REST request builder:
 * the dataflows, the structure with its codelists ({@code references=children}) and the 2022 remittances
 * of the ten countries. Skipped, with the reason, where R or rsdmx is not installed ({@code .ci/run}
 * installs both).
 */
class RsdmxClientTest extends SdmxServerTest {

    @Test
    void readsFlowsStructureAndTheRemittancesAsPublished() throws Exception {
        ClientScripts.assumeRuns("R's rsdmx is not installed here (apt-get install r-base-core r-cran-rsdmx)",
                "Rscript", "-e", "library(rsdmx)");
        List<String> lines = ClientScripts.run("Rscript", "rsdmx-client.R", base());

        assertThat(ClientScripts.facts(lines, "FLOW")).extracting(f -> f.get(0))
                .contains("DF_MIGRATION", "DF_DEVELOPMENT", "DF_MOBILITY");
        assertThat(ClientScripts.facts(lines, "DIMENSION")).extracting(f -> f.get(0)).containsExactly("FREQ",
                "INDICATOR", "REF_AREA", "COUNTERPART_AREA", "SEX", "AGE", "BREAKDOWN", "SOURCE");
        assertThat(ClientScripts.facts(lines, "CODE")).contains(List.of("CL_AREA", "MAR", "Morocco"),
                List.of("CL_AREA", "TUN", "Tunisia"));
        assertThat(ClientScripts.facts(lines, "OBS")).allSatisfy(fact -> assertThat(fact.get(3)).isEqualTo("USD"));

        Map<String, BigDecimal> read = ClientScripts.observations2022(lines);
        Map<String, BigDecimal> published = publishedRemittances2022();
        assertThat(read.keySet()).isEqualTo(published.keySet()).hasSize(10);
        published.forEach((area, value) -> assertThat(read.get(area)).as(area).isEqualByComparingTo(value));
        assertThat(read.get("MAR")).isEqualByComparingTo("11170423192.2348");
    }
}
