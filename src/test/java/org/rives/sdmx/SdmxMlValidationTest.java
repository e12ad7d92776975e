package org.rives.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rives.testing.TestStore;

/**
 * Every kind of SDMX-ML message Rives writes is valid against the official SDMX-ML 2.1 schemas
 * ({@code SDMXMessage.xsd} and its imports, in test resources): structure messages of each resource,
 * detail and references; generic and structure-specific data in each layout and detail; error messages.
 * Structure-specific data are checked with the schema Rives derives for the dataflow as well.
 */
class SdmxMlValidationTest extends SdmxServerTest {

    private static final Path SCHEMAS = TestStore.REPO.resolve("src/test/resources/sdmx/schemas/v2_1");
    private static final String GENERIC = "application/vnd.sdmx.genericdata+xml;version=2.1";
    private static final String SPECIFIC = "application/vnd.sdmx.structurespecificdata+xml;version=2.1";
    private static final String DEVELOPMENT_KEY = "/data/DF_DEVELOPMENT/" + REMITTANCES_KEY;

    private static Schema message;

    @BeforeAll
    static void loadTheStandardSchemas() throws Exception {
        message = factory().newSchema(SCHEMAS.resolve("SDMXMessage.xsd").toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dataflow", "/dataflow/all/all/latest/", "/dataflow/RIVES/DF_DEVELOPMENT/1.0",
            "/dataflow/RIVES/DF_DEVELOPMENT/latest?references=all",
            "/datastructure/RIVES/DSD_MIGRATION/1.0?references=children",
            "/datastructure/RIVES/DSD_MIGRATION?references=parents",
            "/datastructure/all/all/latest?references=descendants&detail=referencestubs",
            "/dataflow/RIVES/DF_DEVELOPMENT?references=all&detail=referencepartial",
            "/dataflow/RIVES/DF_MIGRATION?references=codelist&detail=referencecompletestubs",
            "/codelist", "/codelist/RIVES/CL_AREA/1.0/MAR+TUN", "/codelist?detail=allstubs",
            "/conceptscheme/RIVES/CS_MIGRATION", "/agencyscheme", "/agencyscheme/SDMX/AGENCIES/1.0",
            "/dataproviderscheme", "/organisationscheme", "/structure?detail=allcompletestubs",
            "/structure/RIVES"})
    void structureMessagesAreValid(String path) throws Exception {
        assertValid(path, null, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?startPeriod=2020&endPeriod=2022", "?dimensionAtObservation=REF_AREA",
            "?dimensionAtObservation=AllDimensions", "?detail=serieskeysonly", "?detail=nodata",
            "?detail=dataonly", "?lastNObservations=2", "?updatedAfter=2000-01-01T00:00:00Z"})
    void genericDataAreValid(String query) throws Exception {
        assertValid(DEVELOPMENT_KEY + query, GENERIC, message);
        assertValid("/data/DF_MIGRATION/all" + query, GENERIC, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TIME_PERIOD", "REF_AREA", "SOURCE", "AllDimensions"})
    void structureSpecificDataAreValidAgainstTheFlowSchema(String atObservation) throws Exception {
        for (String flow : new String[] {"DF_DEVELOPMENT", "DF_MIGRATION"}) {
            HttpResponse<byte[]> schema = get("/schema/dataflow/RIVES/" + flow + "/1.0?dimensionAtObservation="
                    + atObservation, null);
            assertThat(schema.statusCode()).isEqualTo(200);
            StreamSource flowSchema = new StreamSource(new ByteArrayInputStream(schema.body()),
                    SCHEMAS.resolve(flow + ".xsd").toUri().toString());
            Schema both = factory().newSchema(new Source[] {new StreamSource(SCHEMAS.resolve("SDMXMessage.xsd")
                    .toFile()), flowSchema});
            String query = "?dimensionAtObservation=" + atObservation;
            assertValid("/data/" + flow + "/all" + query, SPECIFIC, both);
            assertValid("/data/" + flow + "/all" + query + "&updatedAfter=2000-01-01T00:00:00Z", SPECIFIC, both);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/data/DF_NOWHERE/all", "/data/DF_MIGRATION/A.REMIT_IN", "/codelist/RIVES/CL_NOWHERE",
            "/categoryscheme", "/data/DF_MIGRATION/all?includeHistory=true"})
    void errorMessagesAreValid(String path) throws Exception {
        HttpResponse<byte[]> response = get(path, null);
        assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
        message.newValidator().validate(new StreamSource(new ByteArrayInputStream(response.body())));
    }

    private void assertValid(String path, String accept, Schema schema) throws Exception {
        HttpResponse<byte[]> response = get(path, accept);
        assertThat(response.statusCode()).as(path + " -> " + text(response)).isEqualTo(200);
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(response.body())));
    }

    private static SchemaFactory factory() {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(null);
        return factory;
    }
}
