package org.rives.connector.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.connector.FeedFormatException;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;
import org.rives.testing.Workbooks;

/**
 * Workbooks as an attacker or a broken export writes them: document types (XXE, entity expansion) in any
 * part, cells that cannot be read as their type says, references outside a sheet, shared strings that do
 * not exist, cells longer than a spreadsheet allows. Each is refused or rejected where it is.
 */
@Tag("small-heap")
class XlsxHostileTest {

    private static final String HEADER = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Country</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>2020</t></is></c></row>";

    private static RecordingSink read(byte[] workbook) throws Exception {
        RecordingSink sink = new RecordingSink();
        new XlsxFeedReader().read(new ByteArrayInputStream(workbook), "t.xlsx",
                TestDefinitions.of("xlsx", Map.of("layout", "wide", "periodHeader", "(\\d{4})")), sink);
        return sink;
    }

    private static String refused(byte[] workbook) {
        FeedFormatException e = catchThrowableOfType(FeedFormatException.class, () -> read(workbook));
        return e.line() + ":" + e.column() + " " + e.getMessage();
    }

    private static String row(int r, String value) {
        return "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>MA</t></is></c>" + value + "</row>";
    }

    @Test
    void refusesEntityExpansionInTheSharedStrings() {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE sst [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                + "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<sst xmlns=\"" + Workbooks.MAIN
                + "\"><si><t>&lol2;</t></si></sst>";
        byte[] workbook = Workbooks.withRows(HEADER + row(2, "<c r=\"B2\" t=\"s\"><v>0</v></c>"))
                .part("xl/sharedStrings.xml", laughs).bytes();
        assertThat(refused(workbook)).isEqualTo("0:0 xl/sharedStrings.xml:2: the workbook part declares a document "
                + "type (DOCTYPE); a workbook never needs one, and one can expand entities or read files on this "
                + "server, so the workbook is refused");
    }

    @Test
    void refusesAnExternalEntityWithoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the server's secret");
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"" + Workbooks.MAIN + "\"><sheetData>" + HEADER
                + row(2, "<c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>") + "</sheetData></worksheet>";
        String refusal = refused(Workbooks.withRows("").part("xl/worksheets/sheet1.xml", sheet).bytes());
        assertThat(refusal).startsWith("0:0 xl/worksheets/sheet1.xml:1: the workbook part declares a document type")
                .doesNotContain("secret");
    }

    @Test
    void refusesADocumentTypeEvenInAPartNoReaderOpens() {
        byte[] workbook = Workbooks.withRows(HEADER).part("docProps/app.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE Properties SYSTEM \"http://attacker.example/x.dtd\"><Properties/>")
                .bytes();
        assertThat(refused(workbook)).startsWith("0:0 docProps/app.xml:1: the workbook part declares a document type");
    }

    /** An unreadable cell was reported at 0:0 with the parser's message. */
    @Test
    void rejectsAnUnreadableCellAtItsRowAndColumnWithItsReference() throws Exception {
        RecordingSink sink = read(Workbooks.withRows(HEADER + row(7, "<c r=\"B7\"><v>abc</v></c>")
                + row(8, "<c r=\"B8\"><v>12</v></c>")).bytes());
        assertThat(sink.rejections).containsExactly("7:2 Data!B7 is typed as a number but holds \"abc\"");
        assertThat(sink.values()).containsExactly("MA 2020=[12]");
    }

    @Test
    void refusesASharedStringTheWorkbookDoesNotHave() {
        byte[] workbook = Workbooks.withRows(HEADER + row(3, "<c r=\"B3\" t=\"s\"><v>2000000000</v></c>"))
                .sharedStrings("<si><t>only one</t></si>").bytes();
        assertThat(refused(workbook)).isEqualTo("3:2 Data!B3 refers to shared string \"2000000000\", but the workbook "
                + "has 1");
    }

    @Test
    void passesANumberOutOfRangeOnUnexpanded() throws Exception {
        RecordingSink sink = read(Workbooks.withRows(HEADER + row(2, "<c r=\"B2\"><v>1E999999999</v></c>")).bytes());
        assertThat(sink.values()).containsExactly("MA 2020=[1E999999999]");
    }

    @Test
    void refusesACellLongerThanASpreadsheetAllows() {
        byte[] workbook = Workbooks.withRows(HEADER + row(2, "<c r=\"B2\" t=\"inlineStr\"><is><t>" + "x".repeat(40_000)
                + "</t></is></c>")).bytes();
        assertThat(refused(workbook)).isEqualTo("2:2 Data!B2 holds more than 32,767 characters, more than a "
                + "spreadsheet cell can");
    }

    @Test
    void refusesAReferenceOutsideASheetAndRowsOutOfOrder() {
        assertThat(refused(Workbooks.withRows(HEADER + row(2, "<c r=\"ZZZZ2\"><v>1</v></c>")).bytes()))
                .isEqualTo("2:2 cell reference \"ZZZZ2\" is not a cell of a worksheet (A1 to XFD1048576)");
        assertThat(refused(Workbooks.withRows(HEADER + row(3, "") + row(2, "")).bytes()))
                .isEqualTo("4:0 row \"2\" of sheet \"Data\" after row 3: a sheet's rows are numbered 1 to 1,048,576, "
                        + "in increasing order");
        assertThat(refused(Workbooks.withRows(HEADER + row(2, "<c r=\"B2\"><v>1</v></c><c r=\"B2\"><v>2</v></c>"))
                .bytes())).isEqualTo("2:2 Data!B2 is given twice, or after a cell to its right");
    }

    @Test
    void readsWhatSpreadsheetsWriteWithoutReferences() throws Exception {
        String rows = "<row><c t=\"inlineStr\"><is><t>Country</t></is></c><c t=\"s\"><v>0</v></c>"
                + "<c t=\"str\"><f>TEXT(2021)</f><v>2021</v></c></row>"
                + "<row><c t=\"s\"><v>1</v></c><c><f>1+1</f><v>2.50</v></c><c t=\"e\"><v>#N/A</v></c></row>";
        RecordingSink sink = read(Workbooks.withRows(rows).sharedStrings("<si><r><t>20</t></r><r><t>20</t></r>"
                + "<rPh><t>phonetic</t></rPh></si>", "<si><t xml:space=\"preserve\">MA</t></si>").bytes());
        assertThat(sink.values()).containsExactly("MA 2020=[2.5]");
        assertThat(sink.rejections).containsExactly("2:3 Data!C2 holds the spreadsheet error #N/A");
    }
}
