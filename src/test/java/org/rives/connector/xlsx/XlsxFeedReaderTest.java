package org.rives.connector.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;
import org.junit.jupiter.api.Test;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;


class XlsxFeedReaderTest {

    private static byte[] workbook(String sheet, Consumer<Worksheet> fill) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "rives-test", "1.0");
        workbook.newWorksheet("Notes").value(0, 0, "not this sheet");
        fill.accept(workbook.newWorksheet(sheet));
        workbook.finish();
        return bytes.toByteArray();
    }

    private static RecordingSink read(Map<String, ?> options, byte[] bytes) throws Exception {
        ConnectorDefinition definition = TestDefinitions.of("xlsx", options);
        RecordingSink sink = new RecordingSink();
        new XlsxFeedReader().read(new ByteArrayInputStream(bytes), "t.xlsx", definition, sink);
        return sink;
    }

    private static Map<String, Object> wide(String sheet, String header, String periods, Integer bandRowsAbove) {
        Map<String, Object> options = new HashMap<>(Map.of("layout", "wide", "periodHeader", periods,
                "footnoteMarks", "*", "missing", List.of("", "..", "\u2014", "~")));
        if (sheet != null) {
            options.put("sheet", sheet);
        }
        if (header != null) {
            options.put("headerStartsWith", header);
        }
        if (bandRowsAbove != null) {
            options.put("bandRowsAbove", bandRowsAbove);
        }
        return options;
    }

    @Test
    void findsTheHeaderBelowATitleBlockAndSplitsRepeatedYearsByTheirBand() throws Exception {
        byte[] file = workbook("Table 1", sheet -> {
            sheet.value(1, 5, "International Migrant Stock 2024: Destination");
            sheet.value(7, 5, "both sexes");
            sheet.value(7, 7, "males");
            sheet.value(10, 1, "Region, development group, country or area");
            sheet.value(10, 4, "Location code");
            sheet.value(10, 5, "1990");
            sheet.value(10, 6, 2024);
            sheet.value(10, 7, "1990");
            sheet.value(10, 8, 2024);
            sheet.value(11, 0, 189);
            sheet.value(11, 1, "Spain*");
            sheet.value(11, 4, 724);
            sheet.value(11, 5, 813588);
            sheet.value(11, 6, 8870527);
            sheet.value(11, 7, 393727);
            sheet.value(11, 8, 1.5);
        });
        RecordingSink sink = read(wide("Table 1", "Region, development group, country or area", "(\\d{4})", 3), file);
        assertThat(sink.columns).containsExactly("Region, development group, country or area@2", "Location code@5",
                "band@6");
        assertThat(sink.cells).containsExactly(
                "12:6 Spain|724|both sexes 1990=[813588]", "12:7 Spain|724|both sexes 2024=[8870527]",
                "12:8 Spain|724|males 1990=[393727]", "12:9 Spain|724|males 2024=[1.5]");
        assertThat(sink.rows).isEqualTo(1);
    }

    @Test
    void passesCellsAsWrittenWithTheConnectorsMissingMarkers() throws Exception {
        byte[] file = workbook("Data", sheet -> {
            sheet.value(0, 0, "Country");
            sheet.value(0, 1, "2020");
            sheet.value(0, 2, "2021");
            sheet.value(0, 3, "2022");
            sheet.value(0, 4, "2023");
            sheet.value(1, 0, "Malta");
            sheet.value(1, 1, "..");
            sheet.value(1, 2, "\u2014");
            sheet.value(1, 3, "~");
            sheet.value(1, 4, "n/a");
        });
        RecordingSink sink = read(wide("Data", "Country", "(\\d{4})", null), file);
        assertThat(sink.cells).containsExactly("2:2 Malta 2020=[..]", "2:3 Malta 2021=[\u2014]", "2:4 Malta 2022=[~]",
                "2:5 Malta 2023=[n/a]");
        assertThat(sink.conventions.missing()).containsExactly("", "..", "\u2014", "~");
    }

    @Test
    void turnsMonthLabelsIntoMonthsAndSkipsBlankRows() throws Exception {
        byte[] file = workbook("Detections_of_IBC", sheet -> {
            sheet.value(1, 0, "Route");
            sheet.value(1, 1, "Nationality");
            sheet.value(1, 2, "JAN2009");
            sheet.value(1, 3, "DEC2024");
            sheet.value(2, 0, "Western Mediterranean Route");
            sheet.value(2, 1, "Morocco");
            sheet.value(2, 2, 12);
            sheet.value(2, 3, 0);
            sheet.value(4, 0, "Central Mediterranean Route");
            sheet.value(4, 1, "Tunisia");
            sheet.value(4, 2, 7);
        });
        RecordingSink sink = read(wide("Detections_of_IBC", "Route", "(?<month>[A-Z]{3})(?<year>\\d{4})", null), file);
        assertThat(sink.cells).containsExactly("3:3 Western Mediterranean Route|Morocco 2009-01=[12]",
                "3:4 Western Mediterranean Route|Morocco 2024-12=[0]", "5:3 Central Mediterranean Route|Tunisia 2009-01=[7]",
                "5:4 Central Mediterranean Route|Tunisia 2024-12=[]");
        assertThat(sink.rows).isEqualTo(2);
    }

    @Test
    void readsALongLayoutWithItsFlagColumn() throws Exception {
        byte[] file = workbook("Long", sheet -> {
            sheet.value(0, 0, "geo");
            sheet.value(0, 1, "time");
            sheet.value(0, 2, "value");
            sheet.value(0, 3, "flag");
            sheet.value(1, 0, "ES");
            sheet.value(1, 1, "2023");
            sheet.value(1, 2, 1234567.25);
            sheet.value(1, 3, "p");
        });
        Map<String, Object> options = Map.of("sheet", "Long", "layout", "long", "periodColumn", "time",
                "valueColumn", "value", "flagColumn", "flag");
        assertThat(read(options, file).cells).containsExactly("2:3 ES 2023=[1234567.25] flag=[p]");
    }

    @Test
    void writesStoredNumbersWithTheConnectorsDecimalMarkLikeNumbersTypedAsText() throws Exception {
        byte[] file = workbook("Data", sheet -> {
            sheet.value(0, 0, "Pays");
            sheet.value(0, 1, "2023");
            sheet.value(0, 2, "2024");
            sheet.value(1, 0, "Maroc");
            sheet.value(1, 1, 36512.4);
            sheet.value(1, 2, "36 600,5");
        });
        RecordingSink sink = read(Map.of("sheet", "Data", "layout", "wide", "periodHeader", "(\\d{4})", "decimal", ",",
                "thousands", " "), file);
        assertThat(sink.cells).containsExactly("2:2 Maroc 2023=[36512,4]", "2:3 Maroc 2024=[36 600,5]");
    }

    @Test
    void namesTheSheetsWhenTheOneAskedForIsMissing() throws Exception {
        byte[] file = workbook("Table 1", sheet -> sheet.value(0, 0, "x"));
        assertThatThrownBy(() -> read(wide("Table 9", null, "(\\d{4})", null), file))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("no sheet \"Table 9\"").hasMessageContaining("Notes, Table 1");
    }

    @Test
    void saysWhenTheHeaderIsNotFound() throws Exception {
        byte[] file = workbook("Table 1", sheet -> sheet.value(3, 1, "Something else"));
        assertThatThrownBy(() -> read(wide("Table 1", "Region", "(\\d{4})", null), file))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("no header row starting with \"Region\" in sheet \"Table 1\"");
    }

    @Test
    void refusesBytesThatAreNotAWorkbook() {
        byte[] text = "Country,2020\nMalta,1\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(wide(null, null, "(\\d{4})", null), text))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("XLSX");
    }

    @Test
    void givesSpreadsheetAddresses() {
        assertThat(XlsxCells.address("Table 1", 2, 12)).isEqualTo("Table 1!C12");
        assertThat(XlsxCells.address("T", 27, 3)).isEqualTo("T!AB3");
    }
}
