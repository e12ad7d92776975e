package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.connector.ConnectorRegistry;
import org.rives.harmonise.Rejection;
import org.rives.testing.TestStore;

/**
 * Each kind of bad input gets a report naming file, line, column and reason, and leaves the figures
 * exactly as they were before the load began.
 */
class BadInputTest {

    static final String PREAMBLE = "\uFEFF\"Data Source\",\"World Development Indicators\",\r\n\r\n"
            + "\"Last Updated Date\",\"2025-07-01\",\r\n\r\n";
    static final String HEADER = "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2021\",\"2022\",\r\n";

    @TempDir
    Path dir;
    TestStore store;
    List<String> before;

    static String row(String name, String code, String v2021, String v2022) {
        return "\"" + name + "\",\"" + code + "\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",\""
                + v2021 + "\",\"" + v2022 + "\",\r\n";
    }

    @BeforeEach
    void loadAGoodFileFirst() {
        store = new TestStore(dir);
        Path good = store.file("good.csv", PREAMBLE + HEADER + row("Morocco", "MAR", "10906279156.3172",
                "11170423192.2348") + row("Spain", "ESP", "3949650833.18905", "4285808733.96917"), StandardCharsets.UTF_8);
        assertThat(store.load("worldbank-wdi", good).status()).isEqualTo(LoadReport.COMMITTED);
        before = store.figures();
        assertThat(before).hasSize(4);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private LoadReport loadBad(String name, String content) {
        return loadBad(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private LoadReport loadBad(String name, byte[] bytes) {
        try {
            Path file = Files.write(dir.resolve(name), bytes);
            LoadReport report = store.load("worldbank-wdi", file);
            assertThat(report.succeeded()).as("status %s", report.status()).isFalse();
            assertThat(store.figures()).as("figures after a failed load").isEqualTo(before);
            return report;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertRejection(LoadReport report, String file, long line, int column, String reason) {
        assertThat(report.rejections()).as("rejections of %s", file)
                .anySatisfy(r -> assertThat(r).isEqualTo(new Rejection(file, line, column, reason)));
    }

    @Test
    void truncatedFile() {
        String whole = PREAMBLE + HEADER + row("Morocco", "MAR", "1", "2") + row("Spain", "ESP", "3", "4");
        LoadReport report = loadBad("truncated.csv", whole.substring(0, whole.length() - 12));
        assertThat(report.status()).isIn(LoadReport.FAILED, LoadReport.REJECTED);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("truncated.csv");
            assertThat(r.line()).isEqualTo(7);
        });
    }

    @Test
    void rowWithTooManyFields() {
        LoadReport report = loadBad("wide.csv", PREAMBLE + HEADER + row("Morocco", "MAR", "1", "2")
                .replace(",\r\n", ",\"99\",\"98\"\r\n"));
        assertThat(report.status()).isEqualTo(LoadReport.REJECTED);
        assertRejection(report, "wide.csv", 6, 8, "row has 8 fields, the header has 7");
    }

    @Test
    void rowWithTooFewFields() {
        LoadReport report = loadBad("short.csv", PREAMBLE + HEADER + "\"Morocco\",\"MAR\",\"x\",\"BX.TRF.PWKR.CD.DT\",\"1\"\r\n");
        assertRejection(report, "short.csv", 6, 6, "row has 5 fields, the header has 7");
    }

    @Test
    void valueThatIsNotANumber() {
        LoadReport report = loadBad("nan.csv", PREAMBLE + HEADER + row("Morocco", "MAR", "1", "12,3x"));
        assertRejection(report, "nan.csv", 6, 6, "\"12,3x\" is not a number");
        assertThat(report.message()).contains("1 rejected; nothing was loaded");
    }

    @Test
    void unknownAreaCode() {
        LoadReport report = loadBad("area.csv", PREAMBLE + HEADER + row("Atlantis", "ATL", "1", "2"));
        assertRejection(report, "area.csv", 6, 2, "unknown area code \"ATL\" in column \"Country Code\"");
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("\"ATL\"").contains("first at line 6"));
    }

    @Test
    void fileInTheWrongEncoding() {
        LoadReport report = loadBad("latin1.csv", (PREAMBLE + HEADER + row("Côte d'Ivoire", "CIV", "1", "2"))
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(report.status()).isEqualTo(LoadReport.FAILED);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(6);
            assertThat(r.column()).isEqualTo(3);
            assertThat(r.reason()).contains("not valid UTF-8");
        });
    }

    @Test
    void emptyFile() {
        LoadReport report = loadBad("empty.csv", new byte[0]);
        assertRejection(report, "empty.csv", 0, 0, "the file is empty");
    }

    @Test
    void sameKeyTwiceInOneFile() {
        LoadReport report = loadBad("twice.csv", PREAMBLE + HEADER + row("Morocco", "MAR", "1", "2")
                + row("Maroc", "MA", "1", "5"));
        assertThat(report.rejections()).anySatisfy(r -> {
            assertThat(r.line()).isEqualTo(7);
            assertThat(r.column()).isEqualTo(5);
            assertThat(r.reason()).isEqualTo("duplicate observation REMIT_IN MAR/_T/_T/_T/_T 2021, first given at line 6, "
                    + "column 5");
        });
    }

    @Test
    void unknownConnector() {
        Path file = store.file("x.csv", PREAMBLE + HEADER, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> store.load("worldbank-wdx", file))
                .isInstanceOf(UnknownConnectorException.class)
                .hasMessageContaining("unknown connector \"worldbank-wdx\"")
                .hasMessageContaining("worldbank-wdi");
        assertThat(store.figures()).isEqualTo(before);
    }

    @Test
    void connectorWithATypoInAKeyIsRefusedAndTheOthersStillLoad() throws IOException {
        Path connectors = Files.createDirectories(dir.resolve("connectors"));
        Files.copy(TestStore.REPO.resolve("connectors/worldbank-wdi.yaml"), connectors.resolve("worldbank-wdi.yaml"));
        String asylum = Files.readString(TestStore.REPO.resolve("connectors/eurostat-asylum.yaml"))
                .replace("  delimiter:", "  delimeter:");
        Files.writeString(connectors.resolve("eurostat-asylum.yaml"), asylum);
        ConnectorRegistry registry = new ConnectorRegistry(connectors);
        assertThat(registry.find("worldbank-wdi")).isPresent();
        assertThat(registry.find("eurostat-asylum")).isEmpty();
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(connectors.resolve("eurostat-asylum.yaml"));
            assertThat(problem.reasons()).anySatisfy(r -> assertThat(r).contains("unknown key \"delimeter\""));
        });
    }

    @Test
    void skipRejectedCommitsTheGoodRowsAndReportsTheBadOnes() throws IOException {
        Path file = store.file("partial.csv", PREAMBLE + HEADER + row("Atlantis", "ATL", "1", "2")
                + row("Tunisia", "TUN", "2967211621.11079", "2806550462.88859"), StandardCharsets.UTF_8);
        LoadReport report = store.loads.load(new LoadRequest("worldbank-wdi", file, "partial.csv", false, true));
        assertThat(report.status()).isEqualTo(LoadReport.COMMITTED);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.changes().added()).isEqualTo(2);
    }
}
