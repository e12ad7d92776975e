package org.rives.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.rives.testing.ServerTest;
import org.junit.jupiter.api.Test;

/** {@code /api/compare.xlsx} over HTTP: a real workbook, with the figure, its country and the notes sheet. */
class CompareXlsxControllerTest extends ServerTest {

    @Test
    void workbookHoldsTheFigureAsPublishedAndTheNotes() throws Exception {
        HttpResponse<byte[]> response = getBytes("/api/compare.xlsx?indicator=REMIT_IN&areas=5P5_S&from=2022&to=2022");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith(CompareWorkbook.CONTENT_TYPE));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("rives-REMIT_IN.xlsx"));
        Map<String, String> parts = unzip(response.body());
        assertThat(parts).containsKeys("xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                "xl/worksheets/sheet3.xml");
        assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("<v>11170423192.2348</v>");
        assertThat(parts.get("xl/workbook.xml")).contains("Table", "Cells", "Notes");
        String strings = parts.get("xl/sharedStrings.xml");
        assertThat(strings).contains("Morocco", "Personal remittances received", "CC BY 4.0", "provisional",
                "Coverage: countries with a figure");
    }

    @Test
    void tableSheetCarriesTheFivePlusFiveTotalYearsAsNumbersAndTheUnitByName() throws Exception {
        HttpResponse<byte[]> response = getBytes("/api/compare.xlsx?indicator=REMIT_IN&from=2022&to=2023");
        String total = json("/api/compare?indicator=REMIT_IN&from=2022&to=2023").path("total").path("subtotal")
                .path("2023").path("value").asString();

        Map<String, String> parts = unzip(response.body());
        String table = parts.get("xl/worksheets/sheet1.xml");
        assertThat(table).contains("<v>2022</v>", "<v>2023</v>", "<v>" + total + "</v>");
        String strings = parts.get("xl/sharedStrings.xml");
        assertThat(strings).contains("&#x3a3; 5+5 Dialogue", "Unit: US dollars").doesNotContain(">2022<", ">Unit: USD<");
    }

    @Test
    void frenchWorkbookSpeaksFrench() throws Exception {
        HttpResponse<byte[]> response = getBytes("/api/compare.xlsx?indicator=REMIT_IN&areas=MAR&lang=fr");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> parts = unzip(response.body());
        assertThat(parts.get("xl/workbook.xml")).contains("Tableau", "Cellules", "Notes");
        assertThat(parts.get("xl/sharedStrings.xml")).contains("Maroc", "provisoire");
    }

    @Test
    void unknownIndicatorIsAProblemNotAWorkbook() throws Exception {
        HttpResponse<byte[]> response = getBytes("/api/compare.xlsx?indicator=NOPE");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("unknown indicator");
    }

    /** The parts of the workbook, read by their central directory as spreadsheet programs read them. */
    static Map<String, String> unzip(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("rives-", ".xlsx");
        try {
            Files.write(file, bytes);
            Map<String, String> parts = new LinkedHashMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return parts;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
