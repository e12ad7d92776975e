package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.harmonise.Rejection;
import org.rives.testing.TestStore;
import org.rives.testing.Workbooks;

/**
 * Hostile and broken files loaded through the whole pipeline into a real DuckDB: each is refused with a
 * report that names file, line, column and reason, and the store holds exactly what it held before.
 * Connectors are the smallest that read each format; each store starts with one good figure loaded.
 */
@Tag("small-heap")
class HostileInputTest {

    private static final String PROVENANCE = "provenance: {publisher: p, dataset: d, licence: l, url: 'https://p.example'}\n"
            + "samples: [t]\n";

    @TempDir
    Path dir;
    TestStore store;
    List<String> before;

    @BeforeEach
    void openAStoreWithOneFigurePerConnector() throws IOException {
        Path connectors = Files.createDirectories(dir.resolve("connectors"));
        connector(connectors, "t-jsonstat", "json-stat", "ref_area: {column: geo, codelist: area}", "MIGR_STOCK", "");
        connector(connectors, "t-sdmx", "sdmx-json", "ref_area: {column: REF_AREA, codelist: area}", "MIGR_STOCK", "");
        connector(connectors, "t-wb", "worldbank-api", "ref_area: {column: countryiso3code, codelist: area}",
                "MIGR_STOCK", "");
        String csv = "csv: {delimiter: ';', layout: wide, periodHeader: '(\\d{4})', decimal: ',', thousands: '.'}\n";
        connector(connectors, "t-csv", "csv", "ref_area: {column: Pays, codelist: area}", "MIGR_STOCK", csv);
        connector(connectors, "t-net", "csv", "ref_area: {column: Pays, codelist: area}", "NET_MIGR", csv);
        connector(connectors, "t-xlsx", "xlsx", "ref_area: {column: Pays, codelist: area}", "MIGR_STOCK",
                "xlsx: {layout: wide, periodHeader: '(\\d{4})'}\n");
        store = new TestStore(dir.resolve("store"), connectors);
        assertThat(store.load("t-csv", file("good.csv", "Pays;2019\nMA;1.251.110\n")).status())
                .isEqualTo(LoadReport.COMMITTED);
        before = store.figures();
        assertThat(before).hasSize(1);
    }

    private static void connector(Path folder, String id, String format, String area, String indicator,
                                  String options) throws IOException {
        Files.writeString(folder.resolve(id + ".yaml"), "id: " + id + "\ntitle: hostile input\nformat: " + format + "\n"
                + PROVENANCE + options + "dimensions:\n  indicator: {value: X}\n  " + area + "\n"
                + "indicators:\n  X: {code: " + indicator + ", unit: PERS}\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a bad file: it must fail, leave every figure as it was, and report these rejections exactly. */
    private LoadReport refused(String connector, Path file, String... rejections) {
        LoadReport report = store.load(connector, file);
        assertThat(report.succeeded()).as("%s: %s", report.status(), report.rejections()).isFalse();
        assertThat(store.figures()).as("figures after the failed load of %s", file.getFileName()).isEqualTo(before);
        assertThat(report.rejections()).map(Rejection::toString).containsExactly(rejections);
        return report;
    }

    private static int column(String line, String token) {
        return line.indexOf(token) + 1;
    }

    /** A one-line response gave two current figures for one key; the table then headlined one at random. */
    @Test
    void refusesTwoFiguresForOneKeyOnOneJsonStatLine() {
        String json = "{\"class\":\"dataset\",\"id\":[\"geo\",\"time\"],\"size\":[2,1],\"dimension\":{\"geo\":{"
                + "\"category\":{\"index\":[\"ES\",\"ESP\"]}},\"time\":{\"category\":{\"index\":[\"2020\"]}}},"
                + "\"value\":[5,6]}";
        refused("t-jsonstat", file("twice.json", json), "twice.json:1:" + column(json, "6]")
                + ": duplicate observation MIGR_STOCK ESP/_T/_T/_T/_T 2020, first given at column "
                + column(json, "5,") + " of the same line");
    }

    @Test
    void refusesTwoFiguresForOneKeyOnOneSdmxJsonLine() {
        String json = "{\"data\":{\"structures\":[{\"dimensions\":{\"series\":[{\"id\":\"REF_AREA\",\"values\":"
                + "[{\"id\":\"ES\"}]}],\"observation\":[{\"id\":\"TIME_PERIOD\",\"values\":[{\"id\":\"2020\"}]}]}}],"
                + "\"dataSets\":[{\"series\":{\"0\":{\"observations\":{\"0\":[5],\"0\":[6]}}}}]}}";
        refused("t-sdmx", file("twice.json", json), "twice.json:1:" + column(json, "6]")
                + ": duplicate observation MIGR_STOCK ESP/_T/_T/_T/_T 2020, first given at column "
                + column(json, "5]") + " of the same line");
    }

    @Test
    void refusesTwoFiguresForOneKeyOnOneWorldBankLine() {
        String row = "{\"indicator\":{\"id\":\"SM.POP.TOTL\"},\"countryiso3code\":\"ESP\",\"date\":\"2020\",\"value\":";
        String json = "[{\"page\":1,\"pages\":1,\"per_page\":50,\"total\":2},[" + row + "5}," + row + "6}]]";
        refused("t-wb", file("twice.json", json), "twice.json:1:" + column(json, "6}")
                + ": duplicate observation MIGR_STOCK ESP/_T/_T/_T/_T 2020, first given at column "
                + column(json, "5}") + " of the same line");
    }

    /** 1e400 was committed as Infinity; 1E999999999 exhausted the heap. */
    @Test
    void refusesNumbersOutOfRangeWhereTheyAre() {
        String json = "{\"class\":\"dataset\",\"id\":[\"geo\",\"time\"],\"size\":[1,2],\"dimension\":{\"geo\":{"
                + "\"category\":{\"index\":[\"ES\"]}},\"time\":{\"category\":{\"index\":[\"2020\",\"2021\"]}}},"
                + "\"value\":[1e400,1E999999999]}";
        refused("t-jsonstat", file("huge.json", json),
                "huge.json:1:" + column(json, "1e400") + ": \"1e400\" is out of range: figures are read up to 1e18 in "
                        + "magnitude",
                "huge.json:1:" + column(json, "1E999999999") + ": \"1E999999999\" is out of range: figures are read "
                        + "up to 1e18 in magnitude");
        refused("t-csv", file("digits.csv", "Pays;2020\nES;" + "9".repeat(400) + "\n"), "digits.csv:2:2: \""
                + "9".repeat(80) + "\u2026\" (400 characters) is out of range: it has 400 significant digits; figures "
                + "are read with at most 17 (what a DOUBLE keeps)");
    }

    @Test
    void refusesANumberOutOfRangeInAWorkbookCell() {
        byte[] book = Workbooks.withRows("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Pays</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>2020</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\">"
                + "<is><t>ES</t></is></c><c r=\"B2\"><v>1E999999999</v></c></row>").bytes();
        refused("t-xlsx", file("huge.xlsx", book), "huge.xlsx:2:2: \"1E999999999\" is out of range: figures are read "
                + "up to 1e18 in magnitude");
    }

    /** 91.44 under thousands "." became 9144. */
    @Test
    void refusesAThousandsSeparatorThatDoesNotGroupByThree() {
        refused("t-csv", file("grouping.csv", "Pays;2020;2021\nES;91.44;1.251.110\n"), "grouping.csv:2:2: \"91.44\" "
                + "is not a number here: the thousands separator (\".\") must separate groups of three digits, and the "
                + "decimal mark is \",\"");
    }

    /** A header-only file committed an empty vintage without a word. */
    @Test
    void saysSoWhenAFileGivesNoFigure() {
        LoadReport report = store.load("t-csv", file("header.csv", "Pays;2019;2020\n"));
        assertThat(report.status()).isEqualTo(LoadReport.COMMITTED);
        assertThat(report.changes()).isEqualTo(new LoadReport.Changes(0, 0, 0, 0));
        assertThat(report.warnings()).contains("no figure was read: the file has no data row (a header alone, or only "
                + "title lines); nothing is added, revised or withdrawn by this file");
        assertThat(store.figures()).isEqualTo(before);
    }

    /** A negative count of persons passed without a word; net migration may well be negative. */
    @Test
    void refusesANegativeCountOfPersonsButNotANegativeNetMigration() {
        refused("t-csv", file("negative.csv", "Pays;2020\nES;-5\n"), "negative.csv:2:2: \"-5\" is below zero, which a "
                + "figure of MIGR_STOCK (International migrant stock) never is (catalogue: negative: refused)");
        LoadReport net = store.load("t-net", file("net.csv", "Pays;2020\nES;-5.000\n"));
        assertThat(net.status()).isEqualTo(LoadReport.COMMITTED);
        assertThat(net.warnings()).noneMatch(w -> w.contains("below zero"));
    }

    /**
     * A 0.27 MB workbook with one huge cell gave a 537 MB report: the cell, referred to by every row, was
     * echoed by each rejection and warning. Now the cell is quoted short, the first rejections are listed and
     * the rest counted by kind.
     */
    @Test
    void keepsTheReportSmallWhateverTheWorkbookHolds() {
        StringBuilder rows = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Pays</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>2020</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>2021</t>"
                + "</is></c></row>");
        for (int r = 2; r <= 50_001; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>ES"
                    + "</t></is></c><c r=\"B").append(r).append("\" t=\"s\"><v>0</v></c><c r=\"C").append(r)
                    .append("\" t=\"s\"><v>0</v></c></row>");
        }
        byte[] book = Workbooks.withRows(rows.toString()).sharedStrings("<si><t>" + "x".repeat(32_767) + "</t></si>")
                .bytes();
        LoadReport report = store.load("t-xlsx", file("huge-cell.xlsx", book));
        assertThat(report.status()).isEqualTo(LoadReport.REJECTED);
        assertThat(store.figures()).isEqualTo(before);
        assertThat(report.rejected()).isEqualTo(100_000);
        assertThat(report.rejections()).hasSize(1000).first().hasToString("huge-cell.xlsx:2:2: \"" + "x".repeat(80)
                + "\u2026\" (32,767 characters) is not a number");
        assertThat(report.warnings()).contains("99,000 more rejections not listed, like huge-cell.xlsx:502:2: \""
                + "x".repeat(80) + "\u2026\" (32,767 characters) is not a number");
        long size = report.rejections().stream().mapToLong(r -> r.toString().length()).sum()
                + report.warnings().stream().mapToLong(String::length).sum();
        System.out.printf("report of a %d KB workbook whose one cell of 32,767 characters fills 100,000 cells: %d KB%n",
                book.length >> 10, size >> 10);
        assertThat(size).isLessThan(200_000);
    }
}
