package org.rives.connector.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.testing.RecordingSink;

/** The header rules of wide tables hold for workbooks as for delimited text: one interpreter reads both. */
class WorkbookHeaderTest {

    private static final ConnectorDefinition MARKED = TableFixtures.connector("xlsx", "Pays",
            Map.of("layout", "wide", "periodHeader", "(\\d{4})\\s*\\(?(?<flag>[a-z]|\\*)?\\)?"), Map.of("p", "P"));

    private static byte[] workbook(Consumer<Worksheet> fill) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "rives-test", "1.0");
        fill.accept(workbook.newWorksheet("Tableau"));
        workbook.finish();
        return bytes.toByteArray();
    }

    @Test
    void readsMarkersAndListsUnusedColumnsOfASheet() throws Exception {
        byte[] file = workbook(sheet -> {
            sheet.value(0, 0, "Pays");
            sheet.value(0, 1, "Source");
            sheet.value(0, 2, 2021);
            sheet.value(0, 3, "2022 (p)");
            sheet.value(0, 4, "2023 provisoire");
            sheet.value(1, 0, "Maroc");
            sheet.value(1, 1, "HCP");
            sheet.value(1, 2, 10);
            sheet.value(1, 3, 11);
            sheet.value(1, 4, 12);
        });
        RecordingSink sink = TableFixtures.xlsx(MARKED, file);
        assertThat(sink.values()).containsExactly("Maroc|HCP|12 2021=[10]", "Maroc|HCP|12 2022=[11] flag=[p]");
        assertThat(sink.warnings).containsExactly("2 columns matched no period and no rule of the connector, and "
                + "were ignored: \"Source\" (column 2), \"2023 provisoire\" (column 5)");
    }

    @Test
    void refusesARepeatedPeriodAndASecondHeaderRow() throws Exception {
        byte[] repeated = workbook(sheet -> {
            sheet.value(0, 0, "Pays");
            sheet.value(0, 1, "2022");
            sheet.value(0, 2, "2022 (p)");
            sheet.value(1, 0, "Maroc");
            sheet.value(1, 1, 1);
            sheet.value(1, 2, 2);
        });
        assertThat(TableFixtures.xlsx(MARKED, repeated).rejections).singleElement().asString()
                .startsWith("1:3 column \"2022 (p)\" gives period 2022 again, as column 2 \"2022\" does");
        byte[] joined = workbook(sheet -> {
            sheet.value(0, 0, "Pays");
            sheet.value(0, 1, "2022");
            sheet.value(1, 0, "Maroc");
            sheet.value(1, 1, 1);
            sheet.value(3, 0, "Pays");
            sheet.value(3, 1, "2022");
        });
        assertThatThrownBy(() -> TableFixtures.xlsx(MARKED, joined)).isInstanceOfSatisfying(FeedFormatException.class,
                e -> assertThat(e.line()).isEqualTo(4));
    }
}
