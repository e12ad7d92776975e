package org.rives.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.SampleServerTest;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/observations.parquet}: the rows of /api/observations, as one Parquet file streamed from disk. */
class ObservationsParquetControllerTest extends SampleServerTest {

    @Autowired
    ParquetDownloads downloads;

    @TempDir
    Path dir;

    private static List<String> rows(Path parquet, String select) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement();
             ResultSet rs = statement.executeQuery(select.replace("FILE", "read_parquet('" + parquet + "')"))) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? "\t" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void theFileHoldsWhatTheJsonListsAndIsDeletedOnceSent() throws Exception {
        String query = "indicator=REMIT_IN&area=MA,ESP&from=2015&to=2023";
        HttpResponse<Path> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/observations.parquet?" + query)).build(), HttpResponse.BodyHandlers.ofFile(dir.resolve("o.parquet")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.apache.parquet");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("attachment", "rives-observations.parquet"));
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(Files.size(response.body()));

        JsonNode page = JsonMapper.builder().build().readTree(getText("/api/observations?" + query + "&size=10000"));
        List<String> expected = new ArrayList<>();
        page.path("items").forEach(o -> expected.add(o.path("refArea").asString() + "\t"
                + o.path("timePeriod").asString() + "\t" + o.path("value").decimalValue().stripTrailingZeros().toPlainString()
                + "\t" + o.path("loadId").asInt()));
        assertThat(expected).hasSize(page.path("total").asInt()).isNotEmpty();
        assertThat(rows(response.body(), "SELECT ref_area, time_period, CAST(CAST(obs_value AS DECIMAL(38,6)) AS VARCHAR), "
                + "load_id FROM FILE").stream().map(ObservationsParquetControllerTest::plain).toList())
                .containsExactlyElementsOf(expected);
        assertThat(rows(response.body(), "SELECT DISTINCT source, unit FROM FILE")).contains("worldbank-wdi\tUSD",
                "oc-maroc-mre\tMAD");
        assertThat(rows(response.body(), "SELECT obs_value FROM FILE WHERE ref_area = 'MAR' AND time_period = '2022' "
                + "AND source = 'worldbank-wdi'"))
                .containsExactly("1.11704231922348E10");

        try (Stream<Path> left = Files.list(downloads.folder())) {
            assertThat(left).isEmpty();
        }
    }

    /** 11170423192.234800 as the JSON writes it: 11170423192.2348. */
    private static String plain(String row) {
        String[] cells = row.split("\t");
        cells[2] = new java.math.BigDecimal(cells[2]).stripTrailingZeros().toPlainString();
        return String.join("\t", cells);
    }

    @Test
    void aBadParameterIsAProblemDocument() throws Exception {
        HttpResponse<byte[]> response = get("/api/observations.parquet?indicator=REMIT_IN&asOf=yesterday");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("as-of must be a date (2025-01-01)");
    }

    @Test
    void aQueryMatchingNothingIsAnEmptyFileWithItsColumns() throws Exception {
        HttpResponse<Path> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/observations.parquet?indicator=NO_SUCH")).build(), HttpResponse.BodyHandlers.ofFile(dir.resolve("e.parquet")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rows(response.body(), "SELECT count(*) FROM FILE")).containsExactly("0");
        assertThat(rows(response.body(), "SELECT column_name FROM (DESCRIBE SELECT * FROM FILE)"))
                .contains("indicator", "ref_area", "time_period", "obs_value", "load_id");
    }
}
