package org.rives.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import sdmxdl.Connection;
import sdmxdl.DataSet;
import sdmxdl.DatabaseRef;
import sdmxdl.Flow;
import sdmxdl.FlowRef;
import sdmxdl.Key;
import sdmxdl.Languages;
import sdmxdl.MetaSet;
import sdmxdl.Obs;
import sdmxdl.Query;
import sdmxdl.Series;
import sdmxdl.Structure;
import sdmxdl.web.SdmxWebManager;
import sdmxdl.web.WebSource;

/**
 * sdmx-dl, the National Bank of Belgium's client, reads Rives as it reads the ECB or ISTAT: through its
 * SDMX 2.1 REST driver pointed at Rives' base URL. It lists the flows, reads the structure with its
 * codelists, and reads the 2022 remittances of the ten countries with the figures the World Bank publishes.
 */
class SdmxDlClientTest extends SdmxServerTest {

    private static final FlowRef DEVELOPMENT = FlowRef.parse("RIVES,DF_DEVELOPMENT,1.0");
    private static final String STAX_FACTORY = "javax.xml.stream.XMLInputFactory";

    static {
        // sdmx-dl takes XMLInputFactory.newInstance() once, when its XML readers load. Run as analysts run it
        // (its command line, or a program of theirs) that is the JDK's parser. Here the test class path also
        // holds Aalto (brought by the XLSX reader), which the service lookup finds first, and which neither
        // turns namespaces off for sdmx-dl's generic-data reader nor finds xml:lang by local name. So sdmx-dl's
        // readers are loaded with the JDK's factory, and the lookup is put back as it was for the rest.
        String previous = System.setProperty(STAX_FACTORY, "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        try {
            Class.forName("standalone_sdmxdl.internal.sdmxdl.format.xml.ImmutableXMLInputFactory", true,
                    SdmxDlClientTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("sdmx-dl's XML reader moved; update this test", e);
        } finally {
            if (previous == null) {
                System.clearProperty(STAX_FACTORY);
            } else {
                System.setProperty(STAX_FACTORY, previous);
            }
        }
    }

    private Connection connect() throws IOException {
        WebSource source = WebSource.builder().id("RIVES").name("en", "Rives").driver("RI_SDMX21")
                .endpointOf(base()).propertyOf("sdmxdl.driver.detailSupported", true).build();
        return SdmxWebManager.ofServiceLoader().getConnection(source, Languages.parse("en"));
    }

    @Test
    void listsTheDataflows() throws IOException {
        try (Connection connection = connect()) {
            Collection<Flow> flows = connection.getFlows(DatabaseRef.NO_DATABASE);
            assertThat(flows).extracting(flow -> flow.getRef().getId())
                    .contains("DF_MIGRATION", "DF_DEVELOPMENT", "DF_MOBILITY", "DF_IRREGULAR");
            assertThat(flows).filteredOn(flow -> flow.getRef().getId().equals("DF_DEVELOPMENT")).singleElement()
                    .satisfies(flow -> assertThat(flow.getName()).isEqualTo("Migration and development"));
        }
    }

    @Test
    void readsTheStructureWithItsCodelists() throws IOException {
        try (Connection connection = connect()) {
            MetaSet meta = connection.getMeta(DatabaseRef.NO_DATABASE, DEVELOPMENT);
            Structure structure = meta.getStructure();
            assertThat(structure.getDimensions()).extracting(sdmxdl.Dimension::getId).containsExactly("FREQ",
                    "INDICATOR", "REF_AREA", "COUNTERPART_AREA", "SEX", "AGE", "BREAKDOWN", "SOURCE");
            assertThat(structure.getTimeDimensionId()).isEqualTo("TIME_PERIOD");
            assertThat(structure.getPrimaryMeasureId()).isEqualTo("OBS_VALUE");
            assertThat(dimension(structure, "REF_AREA").getCodelist().getCodes()).containsEntry("MAR", "Morocco")
                    .containsEntry("TUN", "Tunisia");
            assertThat(dimension(structure, "INDICATOR").getCodelist().getCodes())
                    .containsEntry("REMIT_IN", "Personal remittances received");
            assertThat(structure.getAttributes()).extracting(sdmxdl.Attribute::getId)
                    .contains("UNIT_MEASURE", "UNIT_MULT", "OBS_STATUS", "COMPARABILITY");
        }
    }

    @Test
    void readsThe2022RemittancesOfTheTenCountriesAsPublished() throws IOException {
        Map<String, BigDecimal> read = new TreeMap<>();
        try (Connection connection = connect()) {
            DataSet data = connection.getData(DatabaseRef.NO_DATABASE, DEVELOPMENT,
                    Query.builder().key(Key.parse(REMITTANCES_KEY)).build());
            for (Series series : data.getData()) {
                assertThat(series.getMeta()).containsEntry("UNIT_MEASURE", "USD").containsEntry("UNIT_MULT", "0");
                for (Obs obs : series.getObs()) {
                    if (obs.getPeriod().getStart().getYear() == 2022) {
                        read.put(series.getKey().get(2), new BigDecimal(Double.toString(obs.getValue())));
                    }
                }
            }
        }
        assertThat(read).hasSize(10);
        Map<String, BigDecimal> published = publishedRemittances2022();
        assertThat(published).hasSize(10);
        published.forEach((area, value) -> assertThat(read.get(area)).as(area).isEqualByComparingTo(value));
        assertThat(read.get("MAR")).isEqualByComparingTo("11170423192.2348");
    }

    private static sdmxdl.Dimension dimension(Structure structure, String id) {
        return structure.getDimensions().stream().filter(d -> d.getId().equals(id)).findFirst().orElseThrow();
    }
}
