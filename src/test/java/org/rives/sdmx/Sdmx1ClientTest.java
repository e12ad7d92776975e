package org.rives.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * sdmx1, the Python client ({@code import sdmx}), reads Rives as a custom SDMX 2.1 source: dataflows,
 * structure, and the 2022 remittances of the ten countries in structure-specific data (its default),
 * after fetching the flow with {@code references=all}. Skipped, with the reason, where sdmx1 cannot be
 * imported: it is published on PyPI only, which neither this project's CI nor its machines can reach.
 */
class Sdmx1ClientTest extends SdmxServerTest {

    @Test
    void readsFlowsStructureAndTheRemittancesAsPublished() throws Exception {
        ClientScripts.assumeRuns("Python's sdmx1 is not installed here (pip install sdmx1; PyPI is not reachable "
                + "from this project's machines or CI)", "python3", "-c", "import sdmx");
        List<String> lines = ClientScripts.run("python3", "sdmx1-client.py", base());

        assertThat(ClientScripts.facts(lines, "FLOW")).extracting(f -> f.get(0))
                .contains("DF_MIGRATION", "DF_DEVELOPMENT", "DF_MOBILITY");
        assertThat(ClientScripts.facts(lines, "DIMENSION")).extracting(f -> f.get(0)).containsExactly("FREQ",
                "INDICATOR", "REF_AREA", "COUNTERPART_AREA", "SEX", "AGE", "BREAKDOWN", "SOURCE");
        assertThat(ClientScripts.facts(lines, "CODE")).contains(List.of("CL_AREA", "MAR", "Morocco"));

        Map<String, BigDecimal> read = ClientScripts.observations2022(lines);
        Map<String, BigDecimal> published = publishedRemittances2022();
        assertThat(read.keySet()).isEqualTo(published.keySet()).hasSize(10);
        published.forEach((area, value) -> assertThat(read.get(area)).as(area).isEqualByComparingTo(value));
    }
}
