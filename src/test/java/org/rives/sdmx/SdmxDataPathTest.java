package org.rives.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.compare.CompareNotes;
import org.rives.testing.TestStore;

/**
 * The data path on a real store (a temporary DuckDB file): key, period and first/last N filters, the
 * layouts, and {@code updatedAfter} answered from the vintages, revisions as Replace and withdrawals as
 * Delete.
 */
class SdmxDataPathTest {

    private static final String PREAMBLE = "\uFEFF\"Data Source\",\"World Development Indicators\",\r\n\r\n"
            + "\"Last Updated Date\",\"2025-07-01\",\r\n\r\n\"Country Name\",\"Country Code\",\"Indicator Name\","
            + "\"Indicator Code\",\"2020\",\"2021\",\"2022\",\r\n";
    private static final Dataflow ALL = new Dataflow(new ArtefactRef(ArtefactType.DATAFLOW, "RIVES", "DF_MIGRATION",
            "1.0"), Map.of("en", "All"), Map.of(), Set.of());

    @TempDir
    Path dir;
    private TestStore store;
    private Instant betweenLoads;

    @BeforeEach
    void twoVintages() throws InterruptedException {
        store = new TestStore(dir);
        store.load("worldbank-wdi", store.file("v1.csv", wdi(row("Morocco", "MAR", "100", "200", "300"),
                row("Spain", "ESP", "10", "20", "30")), StandardCharsets.UTF_8));
        Thread.sleep(20);
        betweenLoads = Instant.now();
        Thread.sleep(20);
        // Morocco 2021 revised, Spain 2021 withdrawn.
        store.load("worldbank-wdi", store.file("v2.csv", wdi(row("Morocco", "MAR", "100", "250", "300"),
                row("Spain", "ESP", "10", "", "30")), StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void currentFiguresComeAsTimeSeriesInKeyOrder() throws IOException {
        assertThat(read(Map.of())).containsExactly(
                "message DF_MIGRATION TIME_PERIOD",
                "Information series " + key("ESP") + " UNIT_MEASURE=USD,UNIT_MULT=0,COMPARABILITY=COMPARABLE,"
                        + "ILLUSTRATIVE=false",
                "Information obs " + key("ESP") + " TIME_PERIOD=2020 = 10 OBS_STATUS=A",
                "Information obs " + key("ESP") + " TIME_PERIOD=2022 = 30 OBS_STATUS=A",
                "Information series " + key("MAR") + " UNIT_MEASURE=USD,UNIT_MULT=0,COMPARABILITY=COMPARABLE,"
                        + "ILLUSTRATIVE=false",
                "Information obs " + key("MAR") + " TIME_PERIOD=2020 = 100 OBS_STATUS=A",
                "Information obs " + key("MAR") + " TIME_PERIOD=2021 = 250 OBS_STATUS=A",
                "Information obs " + key("MAR") + " TIME_PERIOD=2022 = 300 OBS_STATUS=A",
                "end");
    }

    @Test
    void updatedAfterGivesTheRevisionAsReplaceAndTheWithdrawalAsDelete() throws IOException {
        assertThat(read(Map.of("updatedAfter", betweenLoads.toString(), "detail", "dataonly"))).containsExactly(
                "message DF_MIGRATION TIME_PERIOD",
                "Replace series " + key("MAR"),
                "Replace obs " + key("MAR") + " TIME_PERIOD=2021 = 250",
                "Delete series " + key("ESP"),
                "Delete obs " + key("ESP") + " TIME_PERIOD=2021 = null",
                "end");
    }

    @Test
    void nothingChangedSinceTheLastLoadMeansNoResults() {
        DataRequest request = request("all", Map.of("updatedAfter", Instant.now().toString()));
        DataSetWriter dataSets = new DataSetWriter(new SdmxRepository(store.database), null);
        assertThat(dataSets.nonEmpty(request, ALL)).isEmpty();
        assertThat(dataSets.nonEmpty(request("all", Map.of()), ALL)).containsExactly(DataSetKind.CURRENT);
    }

    @Test
    void keyPeriodsAndLastObservationsFilter() throws IOException {
        assertThat(read("A.REMIT_IN.MAR+TUN.....", Map.of("startPeriod", "2021-Q3", "endPeriod", "2022-06",
                "detail", "dataonly"))).containsExactly("message DF_MIGRATION TIME_PERIOD",
                "Information series " + key("MAR"),
                "Information obs " + key("MAR") + " TIME_PERIOD=2021 = 250",
                "Information obs " + key("MAR") + " TIME_PERIOD=2022 = 300", "end");
        assertThat(read("A..ESP.....", Map.of("lastNObservations", "1", "detail", "dataonly")))
                .contains("Information obs " + key("ESP") + " TIME_PERIOD=2022 = 30").hasSize(4);
        assertThat(read("A..ESP.....", Map.of("firstNObservations", "1", "detail", "dataonly")))
                .contains("Information obs " + key("ESP") + " TIME_PERIOD=2020 = 10").hasSize(4);
    }

    @Test
    void aCrossSectionPutsTheAreasAtObservationLevel() throws IOException {
        List<String> lines = read("A.REMIT_IN......", Map.of("dimensionAtObservation", "REF_AREA",
                "endPeriod", "2020"));
        assertThat(lines.get(1)).startsWith("Information series FREQ=A,INDICATOR=REMIT_IN,COUNTERPART_AREA=_T")
                .endsWith("SOURCE=worldbank-wdi,TIME_PERIOD=2020");
        assertThat(lines.get(2)).contains("REF_AREA=ESP = 10 UNIT_MEASURE=USD");
        assertThat(lines.get(3)).contains("REF_AREA=MAR = 100");
    }

    @Test
    void theGenericMessageCarriesThePublishedDigits() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write("A.REMIT_IN.MAR.....", Map.of(), new GenericDataWriter(bytes));
        String xml = bytes.toString(StandardCharsets.UTF_8);
        assertThat(xml).contains("<gen:ObsDimension value=\"2021\"/><gen:ObsValue value=\"250\"/>")
                .contains("<gen:Value id=\"SOURCE\" value=\"worldbank-wdi\"/>").endsWith("</mes:GenericData>");
    }

    private List<String> read(Map<String, String> parameters) throws IOException {
        return read("all", parameters);
    }

    private List<String> read(String key, Map<String, String> parameters) throws IOException {
        RecordingDataWriter writer = new RecordingDataWriter();
        write(key, parameters, writer);
        return writer.lines;
    }

    private void write(String key, Map<String, String> parameters, DataWriter writer) throws IOException {
        DataRequest request = request(key, parameters);
        DataSetWriter dataSets = new DataSetWriter(new SdmxRepository(store.database),
                new AttributeValues(CompareNotes.load(), source -> false));
        dataSets.write(request, ALL, dataSets.nonEmpty(request, ALL), writer);
    }

    private static DataRequest request(String key, Map<String, String> parameters) {
        return DataRequest.parse("DF_MIGRATION", key, "all", parameters);
    }

    private static String key(String area) {
        return "FREQ=A,INDICATOR=REMIT_IN,REF_AREA=" + area + ",COUNTERPART_AREA=_T,SEX=_T,AGE=_T,BREAKDOWN=_T,"
                + "SOURCE=worldbank-wdi";
    }

    private static String wdi(String... rows) {
        return PREAMBLE + String.join("", rows);
    }

    private static String row(String name, String code, String v2020, String v2021, String v2022) {
        return "\"" + name + "\",\"" + code + "\",\"Personal remittances, received (current US$)\","
                + "\"BX.TRF.PWKR.CD.DT\",\"" + v2020 + "\",\"" + v2021 + "\",\"" + v2022 + "\",\r\n";
    }
}
