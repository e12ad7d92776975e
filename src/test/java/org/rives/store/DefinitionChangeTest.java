package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.connector.FeedReaders;
import org.rives.harmonise.CatalogueLoader;
import org.rives.testing.StoreChecks;
import org.rives.testing.TestStore;

/**
 * "Unchanged" means the same bytes read with the same definition: a connector or catalogue fixed since
 * a load makes the same file be read again, into a new vintage with the revisions.
 */
class DefinitionChangeTest {

    private static final String REMITTANCES = "  BX.TRF.PWKR.CD.DT: {code: REMIT_IN, unit: USD}";

    @TempDir
    Path dir;
    Path connectors;
    Path connector;
    TestStore store;
    Path file;

    @BeforeEach
    void loadOnce() throws IOException {
        connectors = Files.createDirectories(dir.resolve("connectors"));
        connector = Files.copy(TestStore.REPO.resolve("connectors/worldbank-wdi.yaml"),
                connectors.resolve("worldbank-wdi.yaml"));
        store = new TestStore(dir, connectors);
        file = store.file("wdi.csv", BadInputTest.PREAMBLE + BadInputTest.HEADER
                + BadInputTest.row("Morocco", "MAR", "100", "200") + BadInputTest.row("Spain", "ESP", "300", "400"),
                StandardCharsets.UTF_8);
        assertThat(store.load("worldbank-wdi", file).loadId()).isEqualTo(1);
    }

    @AfterEach
    void close() {
        store.close();
        StoreChecks.assertInvariants(dir);
    }

    @Test
    void aUnitMultiplierAddedSinceIsReadIntoANewVintage() throws IOException {
        edit(REMITTANCES, "  BX.TRF.PWKR.CD.DT: {code: REMIT_IN, unit: USD, unitMult: 6}");

        LoadReport again = store.load("worldbank-wdi", file);

        assertThat(again.status()).isEqualTo(LoadReport.COMMITTED);
        assertThat(again.previousLoad()).isEqualTo(1);
        assertThat(again.message()).isEqualTo(
                "new vintage 2; read again because the connector's definition changed since load 1");
        assertThat(again.changes()).isEqualTo(new LoadReport.Changes(4, 0, 4, 0));
        assertThat(store.rows("SELECT ref_area, time_period, obs_value, unit_mult, load_id FROM observation_long "
                + "WHERE superseded_by IS NULL ORDER BY ALL")).containsExactly(
                "ESP\t2021\t300.0\t6\t2", "ESP\t2022\t400.0\t6\t2", "MAR\t2021\t100.0\t6\t2", "MAR\t2022\t200.0\t6\t2");
        assertThat(store.load("worldbank-wdi", file).status()).isEqualTo(LoadReport.UNCHANGED);
    }

    @Test
    void aCodeMapFixedSinceMovesTheFiguresToTheRightArea() throws IOException {
        edit("  ref_area: {column: Country Code, codelist: area}",
                "  ref_area: {column: Country Code, codelist: area, map: {ESP: PRT}}");
        LoadReport mapped = store.load("worldbank-wdi", file);
        assertThat(mapped.changes()).isEqualTo(new LoadReport.Changes(2, 0, 2, 2));
        edit("  ref_area: {column: Country Code, codelist: area, map: {ESP: PRT}}",
                "  ref_area: {column: Country Code, codelist: area}");

        LoadReport fixed = store.load("worldbank-wdi", file);

        assertThat(fixed.message()).endsWith("read again because the connector's definition changed since load 2");
        assertThat(fixed.changes()).isEqualTo(new LoadReport.Changes(2, 0, 2, 2));
        assertThat(store.rows("SELECT DISTINCT ref_area FROM observation_long WHERE superseded_by IS NULL ORDER BY 1"))
                .containsExactly("ESP", "MAR");
    }

    @Test
    void commentsAndLayoutOfTheConnectorDoNotCount() throws IOException {
        edit(REMITTANCES, "  # fixed after the publisher's note of May\n  BX.TRF.PWKR.CD.DT:   { unit: USD,  code: REMIT_IN }");

        LoadReport again = store.load("worldbank-wdi", file);

        assertThat(again.status()).isEqualTo(LoadReport.UNCHANGED);
        assertThat(again.message()).isEqualTo("identical bytes were already loaded by load 1 with the same connector "
                + "definition and catalogue; nothing changed");
    }

    @Test
    void aChangedCatalogueReadsTheSameBytesAgain() throws IOException {
        Path catalogue = Files.createDirectories(dir.resolve("catalogue"));
        for (String name : new String[] {"indicators.yaml", "areas.csv"}) {
            Files.copy(TestStore.REPO.resolve("src/main/resources/catalogue").resolve(name), catalogue.resolve(name));
        }
        Path areas = catalogue.resolve("areas.csv");
        String table = Files.readString(areas);
        assertThat(table).contains(",Kingdom of Morocco|");
        Files.writeString(areas, table.replace(",Kingdom of Morocco|", ",Kingdom of Morocco|Al-Maghrib|"));
        LoadService withNewCatalogue = new LoadService(store.connectors, FeedReaders.discovered(),
                CatalogueLoader.load(catalogue), store.database, new RawArchive(dir.resolve("raw")), LoadListener.NONE);

        LoadReport again = withNewCatalogue.load(LoadRequest.of("worldbank-wdi", file));

        assertThat(again.status()).isEqualTo(LoadReport.COMMITTED);
        assertThat(again.message()).endsWith("read again because the catalogue changed since load 1");
        assertThat(again.changes()).isEqualTo(new LoadReport.Changes(0, 0, 0, 4));
    }

    @Test
    void aLoadRecordedBeforeDefinitionHashesIsReadAgain() throws Exception {
        try (Database.ReadConnection read = store.database.read(); Statement statement = read.connection().createStatement()) {
            statement.execute("UPDATE load SET definition_hash = NULL, catalogue_hash = NULL");
        }

        LoadReport again = store.load("worldbank-wdi", file);

        assertThat(again.message()).endsWith("read again because load 1 recorded no definition hash (it predates them)");
        assertThat(again.changes()).isEqualTo(new LoadReport.Changes(0, 0, 0, 4));
    }

    private void edit(String from, String to) throws IOException {
        String yaml = Files.readString(connector);
        assertThat(yaml).contains(from);
        Files.writeString(connector, yaml.replace(from, to));
        store.connectors.reload();
        assertThat(store.connectors.problems()).isEmpty();
    }
}
