package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.StoreChecks;
import org.rives.testing.TestStore;

/** Every load is a vintage: revisions, withdrawals and identical reloads, and reads as of a date. */
class VintageTest {

    @TempDir
    Path dir;

    @AfterEach
    void storeKeepsItsPromises() {
        StoreChecks.assertInvariants(dir);
    }

    private static String wdi(String... rows) {
        StringBuilder file = new StringBuilder(BadInputTest.PREAMBLE + BadInputTest.HEADER);
        for (String row : rows) {
            file.append(row);
        }
        return file.toString();
    }

    private static ObservationFilter morocco(Instant asOf) {
        return new ObservationFilter("REMIT_IN", List.of("MAR"), null, null, null, null, "A", null, null, null, asOf);
    }

    @Test
    void aSecondLoadRevisesWithdrawsAndKeepsWhatIsUnchanged() throws Exception {
        try (TestStore store = new TestStore(dir)) {
            LoadReport first = store.load("worldbank-wdi", store.file("v1.csv", wdi(
                    BadInputTest.row("Morocco", "MAR", "100", "200"),
                    BadInputTest.row("Spain", "ESP", "300", "400")), StandardCharsets.UTF_8));
            Instant between = Instant.now();
            Thread.sleep(5);
            LoadReport second = store.load("worldbank-wdi", store.file("v2.csv", wdi(
                    BadInputTest.row("Morocco", "MAR", "100", "250"),
                    BadInputTest.row("Spain", "ESP", "", "400")), StandardCharsets.UTF_8));

            assertThat(second.changes()).isEqualTo(new LoadReport.Changes(0, 1, 0, 2));
            assertThat(store.queries.find(morocco(null), 0, 10)).extracting(ObservationRow::timePeriod,
                    ObservationRow::value, ObservationRow::loadId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("2021", 100.0, first.loadId()),
                            org.assertj.core.groups.Tuple.tuple("2022", 250.0, second.loadId()));
            assertThat(store.queries.find(morocco(between), 0, 10)).extracting(ObservationRow::value)
                    .containsExactly(100.0, 200.0);
            assertThat(store.queries.find(morocco(Instant.parse("2000-01-01T00:00:00Z")), 0, 10)).isEmpty();
        }
    }

    @Test
    void aFigureMissingFromTheNewFileWithinItsPeriodsIsWithdrawn() {
        try (TestStore store = new TestStore(dir)) {
            store.load("worldbank-wdi", store.file("v1.csv", wdi(
                    BadInputTest.row("Morocco", "MAR", "100", "200")), StandardCharsets.UTF_8));
            LoadReport second = store.load("worldbank-wdi", store.file("v2.csv", wdi(
                    BadInputTest.row("Morocco", "MAR", "", "200")), StandardCharsets.UTF_8));
            assertThat(second.changes()).isEqualTo(new LoadReport.Changes(0, 0, 0, 1));
            LoadReport third = store.load("worldbank-wdi", store.file("v3.csv",
                    BadInputTest.PREAMBLE + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\","
                            + "\"2020\",\"2021\",\"2022\",\r\n\"Morocco\",\"MAR\",\"x\",\"BX.TRF.PWKR.CD.DT\",\"50\",\"\",\"200\",\r\n",
                    StandardCharsets.UTF_8));
            assertThat(third.changes()).isEqualTo(new LoadReport.Changes(1, 0, 1, 1));
            assertThat(store.queries.find(morocco(null), 0, 10)).extracting(ObservationRow::timePeriod)
                    .containsExactly("2020", "2022");
        }
    }

    @Test
    void identicalBytesAreReportedUnchangedAndNotLoadedTwice() {
        try (TestStore store = new TestStore(dir)) {
            Path file = store.file("v1.csv", wdi(BadInputTest.row("Morocco", "MAR", "100", "200")), StandardCharsets.UTF_8);
            LoadReport first = store.load("worldbank-wdi", file);
            List<String> figures = store.figures();
            LoadReport again = store.load("worldbank-wdi", file);
            assertThat(again.status()).isEqualTo(LoadReport.UNCHANGED);
            assertThat(again.previousLoad()).isEqualTo(first.loadId());
            assertThat(store.figures()).isEqualTo(figures);
            assertThat(store.rows("SELECT count(*) FROM observation")).containsExactly("2");
        }
    }

    @Test
    void theRawFileOfEveryLoadIsKeptByItsHash() throws Exception {
        try (TestStore store = new TestStore(dir)) {
            Path file = store.file("v1.csv", wdi(BadInputTest.row("Morocco", "MAR", "100", "200")), StandardCharsets.UTF_8);
            LoadReport report = store.load("worldbank-wdi", file);
            Path archived = dir.resolve("raw").resolve(report.sha256().substring(0, 2)).resolve(report.sha256());
            assertThat(archived).hasSameBinaryContentAs(file);
            assertThat(RawArchive.sha256Of(archived)).isEqualTo(report.sha256());
        }
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndCommitsNothing() {
        try (TestStore store = new TestStore(dir)) {
            store.load("worldbank-wdi", store.file("v1.csv", wdi(BadInputTest.row("Morocco", "MAR", "100", "200")),
                    StandardCharsets.UTF_8));
            List<String> figures = store.figures();
            LoadReport dry = store.dryRun("worldbank-wdi", store.file("v2.csv",
                    wdi(BadInputTest.row("Morocco", "MAR", "100", "201")), StandardCharsets.UTF_8));
            assertThat(dry.status()).isEqualTo(LoadReport.VALIDATED);
            assertThat(dry.loadId()).isNull();
            assertThat(dry.changes()).isEqualTo(new LoadReport.Changes(0, 1, 0, 1));
            assertThat(store.figures()).isEqualTo(figures);
            assertThat(store.rows("SELECT count(*) FROM load")).containsExactly("1");
        }
    }

    @Test
    void observationsStaySortedBySeriesKeyAfterLoads() {
        try (TestStore store = new TestStore(dir)) {
            store.load("worldbank-wdi", store.file("a.csv", wdi(BadInputTest.row("Spain", "ESP", "1", "2")),
                    StandardCharsets.UTF_8));
            store.load("worldbank-wdi", store.file("b.csv", wdi(BadInputTest.row("Algeria", "DZA", "3", "4")),
                    StandardCharsets.UTF_8));
            // Spain's series was created first (id 1), Algeria's second; the table is in area order all the same.
            assertThat(store.rows("SELECT series_id || ' ' || time_period FROM observation"))
                    .containsExactly("2 2021", "2 2022", "1 2021", "1 2022");
        }
    }
}
