package org.rives.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Errors as the SDMX 2.1 REST API maps them: the HTTP status of the SDMX error code, and an SDMX-ML error
 * message (a problem document for a client that asked for JSON); never a 500 for a caller's mistake.
 */
class SdmxErrorsTest extends SdmxServerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/data/DF_NOWHERE/all|404|100", "/data/DF_DEVELOPMENT/A.REMIT_IN.MAR._T._T._T._T.nobody|404|100",
            "/data/DF_DEVELOPMENT/all?startPeriod=1900&endPeriod=1901|404|100",
            "/data/DF_MIGRATION/all?updatedAfter=2999-01-01T00:00:00Z|404|100",
            "/codelist/RIVES/CL_NOWHERE|404|100", "/dataflow/RIVES/DF_MIGRATION/2.0|404|100",
            "/data/DF_MIGRATION/A.REMIT_IN|400|140", "/data/DF_MIGRATION/all?startPeriod=soon|400|140",
            "/dataflow?references=cousins|400|140", "/unicorns|400|140",
            "/data/DF_MIGRATION/all?dimensionAtObservation=AllDimensions&detail=nodata|403|150",
            "/categoryscheme|501|501", "/data/DF_MIGRATION/all?includeHistory=true|501|501",
            "/schema/provisionagreement/RIVES/PA/1.0|501|501"})
    void answersWithTheStandardsStatusAndCode(String path, int status, int code) {
        HttpResponse<byte[]> response = get(path, null);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(ErrorMessageWriter.XML_TYPE);
        assertThat(text(response)).contains("<mes:ErrorMessage code=\"" + code + "\">");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/data/DF_MIGRATION/all|application/vnd.sdmx.data+json;version=2.0.0",
            "/data/DF_MIGRATION/all|text/html",
            "/data/DF_MIGRATION/all?updatedAfter=2000-01-01T00:00:00Z|application/vnd.sdmx.data+csv;version=1.0.0",
            "/dataflow|application/vnd.sdmx.structure+json;version=1.0.0"})
    void answers406ForAFormatItDoesNotWrite(String path, String accept) {
        HttpResponse<byte[]> response = get(path, accept);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(406);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/data/DF_NOWHERE/all|404", "/data/DF_MIGRATION/A|400"})
    void aJsonClientGetsAProblemDocument(String path, int status) {
        HttpResponse<byte[]> response = get(path, "application/vnd.sdmx.data+json;version=1.0.0");
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(text(response)).contains("\"status\":" + status).contains("\"sdmxCode\":");
    }
}
