package org.rives.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data formats besides SDMX-ML, read back: SDMX-JSON 1.0 and SDMX-CSV 1.0 and 2.0 carry the published
 * figures; the SDMX-CSV that {@code /api/observations} writes names a dataflow that this service serves.
 */
class SdmxFormatsTest extends SdmxServerTest {

    private static final String MOROCCO = "/data/DF_DEVELOPMENT/A.REMIT_IN.MAR._T._T._T._T.worldbank-wdi"
            + "?startPeriod=2022&endPeriod=2022";

    @Test
    void sdmxJsonGivesTheFigureWithItsKeyAndAttributesAsIndices() {
        HttpResponse<byte[]> response = get(MOROCCO, "application/vnd.sdmx.data+json;version=1.0.0");
        assertThat(response.headers().firstValue("Content-Type")).hasValue(DataFormat.JSON.mediaType());
        JsonNode json = JsonMapper.builder().build().readTree(response.body());
        JsonNode structure = json.path("structure");
        assertThat(structure.path("dimensions").path("series")).extracting(d -> d.path("id").asString())
                .containsExactly("FREQ", "INDICATOR", "REF_AREA", "COUNTERPART_AREA", "SEX", "AGE", "BREAKDOWN",
                        "SOURCE");
        assertThat(structure.path("dimensions").path("series").get(2).path("values").get(0).path("name").asString())
                .isEqualTo("Morocco");
        JsonNode series = json.path("dataSets").get(0).path("series").path("0:0:0:0:0:0:0:0");
        assertThat(series.path("observations").path("0").get(0).decimalValue())
                .isEqualByComparingTo("11170423192.2348");
        int unit = series.path("attributes").get(0).asInt();
        assertThat(structure.path("attributes").path("series").get(0).path("values").get(unit).path("id").asString())
                .isEqualTo("USD");
        assertThat(structure.path("dimensions").path("observation").get(0).path("values").get(0).path("id")
                .asString()).isEqualTo("2022");
    }

    @Test
    void sdmxCsvOneRowPerObservation() {
        List<String> v1 = text(get(MOROCCO, "application/vnd.sdmx.data+csv;version=1.0.0")).lines().toList();
        assertThat(v1.get(0)).isEqualTo("DATAFLOW,FREQ,INDICATOR,REF_AREA,COUNTERPART_AREA,SEX,AGE,BREAKDOWN,SOURCE,"
                + "TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,COMPARABILITY,ILLUSTRATIVE,OBS_STATUS,OBS_FLAG");
        assertThat(v1).element(1).isEqualTo("RIVES:DF_DEVELOPMENT(1.0),A,REMIT_IN,MAR,_T,_T,_T,_T,worldbank-wdi,"
                + "2022,11170423192.2348,USD,0,COMPARABLE,false,A,");

        List<String> v2 = text(get(MOROCCO, "application/vnd.sdmx.data+csv;version=2.0.0;labels=both")).lines()
                .toList();
        assertThat(v2.get(0)).startsWith("STRUCTURE,STRUCTURE_ID,ACTION,FREQ: Frequency,INDICATOR: Indicator,");
        assertThat(v2.get(1)).startsWith("dataflow,RIVES:DF_DEVELOPMENT(1.0),I,A: Annual,"
                + "REMIT_IN: Personal remittances received,MAR: Morocco,");
    }

    @Test
    void updatedAfterInSdmxCsv2MarksEachRowWithItsAction() {
        List<String> rows = text(get(MOROCCO + "&updatedAfter=2000-01-01T00:00:00Z",
                "application/vnd.sdmx.data+csv;version=2.0.0")).lines().toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith("dataflow,RIVES:DF_DEVELOPMENT(1.0),R,A,REMIT_IN,MAR,");
    }

    @Test
    void theApisSdmxCsvNamesAServedDataflowWithTheSameDimensions() throws Exception {
        HttpResponse<byte[]> csv = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                        + "/api/observations?indicator=REMIT_IN&area=MAR&format=sdmx-csv")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        List<String> rows = text(csv).replace("\"", "").lines().toList();
        String flow = rows.get(1).split(",")[0];
        assertThat(flow).isEqualTo("RIVES:DF_MIGRATION(1.0)");
        assertThat(get("/dataflow/RIVES/DF_MIGRATION/1.0", null).statusCode()).isEqualTo(200);
        List<String> dimensions = HarmonisedStructure.DIMENSIONS.stream().map(HarmonisedStructure.Dimension::id)
                .toList();
        assertThat(List.of(rows.get(0).split(","))).containsSequence(dimensions);
    }
}
