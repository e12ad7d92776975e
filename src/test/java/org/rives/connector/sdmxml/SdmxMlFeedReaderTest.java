package org.rives.connector.sdmxml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.rives.connector.FeedFormatException;
import org.rives.testing.RealFeeds;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;

/** SDMX-ML data beyond the compliance kit: generic data, Delete data sets, missing values, error messages. */
class SdmxMlFeedReaderTest {

    private static RecordingSink read(String xml) throws Exception {
        RecordingSink sink = new RecordingSink();
        new SdmxMlFeedReader().read(new ByteArrayInputStream(xml.getBytes(UTF_8)), "t",
                TestDefinitions.of("sdmx", SdmxMlFeedReaderContractTest.OPTIONS), sink);
        return sink;
    }

    @Test
    void readsGenericDataAsStructureSpecific() throws Exception {
        RecordingSink sink = read("""
                <message:GenericData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
                    xmlns:generic="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic">
                <message:DataSet action="Information">
                <generic:Series><generic:SeriesKey><generic:Value id="REF_AREA" value="ES"/></generic:SeriesKey>
                <generic:Obs><generic:ObsDimension value="2021"/><generic:ObsValue value="4.5"/></generic:Obs>
                <generic:Obs><generic:ObsDimension value="2022"/><generic:ObsValue value="NaN"/></generic:Obs>
                </generic:Series></message:DataSet></message:GenericData>""");
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.values()).containsExactly("ES 2021=[4.5]", "ES 2022=[]");
    }

    @Test
    void passesTheObservationsOfADeleteDataSetOnAsWithdrawn() throws Exception {
        RecordingSink sink = read(SdmxMlFeedReaderContractTest.HEAD
                .replace("ss:action=\"Information\"", "ss:action=\"Replace\"")
                + "<Series REF_AREA=\"MA\"><Obs TIME_PERIOD=\"2021\" OBS_VALUE=\"7\"/></Series>"
                + "</message:DataSet><message:DataSet ss:action=\"Delete\">"
                + "<Series REF_AREA=\"ES\"><Obs TIME_PERIOD=\"2020\"/></Series>"
                + "<Series REF_AREA=\"MA\"/>" + SdmxMlFeedReaderContractTest.TAIL);
        assertThat(sink.values()).containsExactly("MA 2021=[7]", "ES 2020=withdrawn");
        assertThat(sink.rejections).singleElement().asString().contains("names a whole series");
    }

    @Test
    void refusesAnErrorMessageWithTheServicesText() {
        assertThatThrownBy(() -> read("""
                <message:Error xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
                    xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
                <message:ErrorMessage code="100"><common:Text>No results found</common:Text></message:ErrorMessage>
                </message:Error>"""))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("No results found");
    }

    /** The OECD's own structure message for its migration database (a real answer of its NSI web service). */
    @Test
    void readsTheOecdMigrationStructure() throws Exception {
        SdmxStructure structure;
        try (InputStream in = Files.newInputStream(RealFeeds.file("oecd-imd-sdmx/DSD_MIG_dataflow_metadata.xml"))) {
            structure = SdmxStructure.read(in, new SdmxMlOptions.Flow("OECD.ELS.IMD", "DSD_MIG@DF_MIG", "1.0"));
        }
        assertThat(structure.id()).isEqualTo("OECD.ELS.IMD:DSD_MIG");
        assertThat(structure.dimensions()).containsExactly("REF_AREA", "CITIZENSHIP", "FREQ", "MEASURE", "SEX",
                "BIRTH_PLACE", "EDUCATION_LEV", "UNIT_MEASURE");
        assertThat(structure.time()).isEqualTo("TIME_PERIOD");
        assertThat(structure.measure()).isEqualTo("OBS_VALUE");
        assertThat(structure.attributes()).containsExactly("OBS_STATUS", "UNIT_MULT", "DECIMALS");
        assertThat(structure.codes().get("REF_AREA")).contains("ESP", "FRA", "ITA", "PRT").doesNotContain("MA");
        assertThat(structure.codes().get("MEASURE")).contains("B11", "B12", "B15", "B16");
    }
}
