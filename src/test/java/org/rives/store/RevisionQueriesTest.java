package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.TestStore;

/** A revision across two loads of the same source: every vintage of a figure, and what changed since a date. */
class RevisionQueriesTest {

    @TempDir
    Path dir;
    TestStore store;
    RevisionQueries revisions;
    Instant beforeAll;
    Instant between;
    LoadReport first;
    LoadReport second;

    private static String wdi(String... rows) {
        return BadInputTest.PREAMBLE + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\","
                + "\"2020\",\"2021\",\"2022\",\r\n" + String.join("", rows);
    }

    private static String row(String name, String code, String v2020, String v2021, String v2022) {
        return "\"" + name + "\",\"" + code + "\",\"Personal remittances, received (current US$)\","
                + "\"BX.TRF.PWKR.CD.DT\",\"" + v2020 + "\",\"" + v2021 + "\",\"" + v2022 + "\",\r\n";
    }

    @BeforeEach
    void twoLoads() throws InterruptedException {
        store = new TestStore(dir);
        revisions = new RevisionQueries(store.database);
        beforeAll = Instant.now();
        Thread.sleep(5);
        first = store.load("worldbank-wdi", store.file("v1.csv", wdi(
                row("Morocco", "MAR", "", "100", "200"),
                row("Spain", "ESP", "290", "300", "400")), StandardCharsets.UTF_8));
        // The load log keeps milliseconds: step past the first load's commit before taking the date.
        Thread.sleep(5);
        between = Instant.now();
        Thread.sleep(5);
        second = store.load("worldbank-wdi", store.file("v2.csv", wdi(
                row("Morocco", "MAR", "", "100", "250"),
                row("Spain", "ESP", "290", "", "400"),
                row("Tunisia", "TUN", "", "7", "")), StandardCharsets.UTF_8));
        assertThat(second.status()).isEqualTo(LoadReport.COMMITTED);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static RevisionQueries.Figure figure(String area, String period) {
        return new RevisionQueries.Figure("REMIT_IN", area, period, "_T", null, "_T", "_T", "_T");
    }

    @Test
    void everyVintageOfARevisedFigureWithItsLoads() {
        List<Vintage> vintages = revisions.vintages(figure("MAR", "2022"), null);
        assertThat(vintages).extracting(Vintage::value, Vintage::loadId, Vintage::supersededBy, Vintage::fileName)
                .containsExactly(tuple(200.0, first.loadId(), second.loadId(), "v1.csv"),
                        tuple(250.0, second.loadId(), null, "v2.csv"));
        assertThat(vintages.get(0).supersededAt()).isEqualTo(vintages.get(1).loadedAt());
    }

    @Test
    void asOfADateTheLaterVintageIsNotYetThere() {
        assertThat(revisions.vintages(figure("MAR", "2022"), between)).extracting(Vintage::value,
                Vintage::supersededBy).containsExactly(tuple(200.0, null));
    }

    @Test
    void anUnchangedFigureHasOneVintage() {
        assertThat(revisions.vintages(figure("MAR", "2021"), null)).extracting(Vintage::loadId)
                .containsExactly(first.loadId());
    }

    @Test
    void changesSinceADateAreNewRevisedAndWithdrawnFigures() {
        List<Change> changes = revisions.changes(between, null, null, null, 100);
        assertThat(changes).extracting(Change::kind, Change::refArea, Change::timePeriod, Change::value,
                Change::previous, Change::loadId)
                .containsExactlyInAnyOrder(
                        tuple(Change.Kind.REVISED, "MAR", "2022", 250.0, 200.0, second.loadId()),
                        tuple(Change.Kind.WITHDRAWN, "ESP", "2021", null, 300.0, second.loadId()),
                        tuple(Change.Kind.NEW, "TUN", "2021", 7.0, null, second.loadId()));
    }

    @Test
    void changesUpToADateLeaveOutLaterLoads() {
        List<Change> changes = revisions.changes(beforeAll, between, "REMIT_IN", "worldbank-wdi", 100);
        assertThat(changes).hasSize(5).allMatch(c -> c.kind() == Change.Kind.NEW && c.loadId() == first.loadId());
    }
}
