package org.rives.connector.sdmxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.store.FetchReport;
import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;
import org.rives.store.LoadService;
import org.rives.store.RefreshOptions;
import org.rives.store.RemoteLoads;
import org.rives.store.SourceRefresh;
import org.rives.testing.TestStore;

/**
 * Federation over SDMX: a national observatory's node loads ISTAT's immigration file; a network node pulls it
 * through an {@code sdmx} connector (structure and data from the first node's SDMX 2.1 web service) and holds
 * the same figures; after a revision on the first node, the network node's next pull asks only for what
 * changed and keeps every vintage.
 */
class TwoNodeFederationTest {

    static final String NATIONAL = "istat-it-immigrazioni";
    static final String NETWORK = "observatory-it";
    static final Path SAMPLE = TestStore.REPO.resolve("sample-data/istat-it-immigrazioni/DCIS_MIGRAZIONI_2_excerpt.csv");

    @Test
    void theNetworkNodePullsTheFiguresThenOnlyTheirRevision(@TempDir Path work) throws Exception {
        Path nationalConnectors = Files.createDirectories(work.resolve("national-connectors"));
        Files.copy(TestStore.REPO.resolve("connectors/" + NATIONAL + ".yaml"),
                nationalConnectors.resolve(NATIONAL + ".yaml"));
        try (RivesNode national = new RivesNode(Files.createDirectories(work.resolve("national")), nationalConnectors,
                true)) {
            Path networkConnectors = Files.createDirectories(work.resolve("network-connectors"));
            Files.writeString(networkConnectors.resolve(NETWORK + ".yaml"), connector(national.base()));
            try (RivesNode network = new RivesNode(Files.createDirectories(work.resolve("network")),
                    networkConnectors, false)) {
                List<String> published = national.currentFigures();
                assertThat(published).hasSize(43);

                SourceRefresh first = network.bean(RemoteLoads.class).refresh(NETWORK, RefreshOptions.SCHEDULED);
                assertThat(first.summary()).as("%s", first.parts().get(0).load())
                        .startsWith(NETWORK + ": committed: 43 new");
                assertThat(first.parts().get(0).url()).doesNotContain("updatedAfter");
                assertThat(network.currentFigures()).isEqualTo(published);

                LoadReport revision = national.bean(LoadService.class).load(new LoadRequest(NATIONAL,
                        revised(work), SAMPLE.getFileName().toString(), false, false));
                assertThat(revision.changes().revised()).isEqualTo(1);
                assertThat(revision.changes().withdrawn()).isEqualTo(1);

                SourceRefresh second = network.bean(RemoteLoads.class).refresh(NETWORK, RefreshOptions.SCHEDULED);
                FetchReport delta = second.parts().get(0);
                assertThat(delta.url()).contains("?updatedAfter=" + first.parts().get(0).load().startedAt()
                        .toString().substring(0, 10));
                assertThat(delta.load().rowsRead()).as("observations in the answer: the revised one and the "
                        + "withdrawn one").isEqualTo(2);
                assertThat(second.summary()).as("%s", delta.load())
                        .startsWith(NETWORK + ": committed: 0 new, 1 revised, 1 withdrawn, 0 unchanged");
                assertThat(network.currentFigures()).isEqualTo(national.currentFigures())
                        .contains("IMMIG,ITA,DZA,_T,_T,_T,2022,1200.0,A")
                        .doesNotContain("IMMIG,ITA,LBY,_T,_T,_T,2021,269.0,A");

                String history = network.get("/api/revisions?indicator=IMMIG&area=ITA&partner=DZA&period=2022"
                        + "&source=" + NETWORK + "&format=csv");
                assertThat(history.lines().filter(l -> l.startsWith(NETWORK)).map(l -> l.split(",")[5]))
                        .containsExactlyInAnyOrder("1143", "1200");
                String withdrawn = network.get("/api/revisions?indicator=IMMIG&area=ITA&partner=LBY&period=2021"
                        + "&source=" + NETWORK);
                assertThat(withdrawn).contains("\"withdrawnBy\":[" + delta.load().loadId() + "]");

                SourceRefresh quiet = network.bean(RemoteLoads.class).refresh(NETWORK, RefreshOptions.SCHEDULED);
                assertThat(quiet.summary()).as("nothing changed since: the node answers 404 No results")
                        .startsWith(NETWORK + ": not modified: nothing changed since ");

                SourceRefresh full = network.bean(RemoteLoads.class).refresh(NETWORK,
                        new RefreshOptions(false, true, null));
                assertThat(full.parts().get(0).url()).doesNotContain("updatedAfter");
                assertThat(network.currentFigures()).isEqualTo(national.currentFigures());
            }
        }
    }

    /** The national file revised: Algerians' 2022 figure changed, Libyans' 2021 figure left out. */
    private static Path revised(Path work) throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.contains(",LY,9,TOTAL,ITTOT,X1033,X1033,2021,"))
                .map(line -> line.replace(",DZ,9,TOTAL,ITTOT,X1033,X1033,2022,1143,",
                        ",DZ,9,TOTAL,ITTOT,X1033,X1033,2022,1200,"))
                .toList();
        Path file = Files.createDirectories(work.resolve("revision")).resolve(SAMPLE.getFileName());
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** The network node's connector: the first node's service, its flow, and the key of ISTAT's series. */
    static String connector(String node) {
        return """
                id: %2$s
                title: Immigration to Italy, as the Italian observatory's node serves it (SDMX)
                format: sdmx
                provenance:
                  publisher: Italian migration observatory (a Rives node), from ISTAT
                  dataset: RIVES:DF_MIGRATION(1.0), source istat-it-immigrazioni
                  licence: CC BY 4.0 (ISTAT)
                  url: %1$s/sdmx/v2.1
                samples:
                  - sample-data/rives-node/DF_MIGRATION_IMMIG_ITA_istat.xml
                sdmx:
                  service: %1$s/sdmx/v2.1
                  flow: {agency: RIVES, id: DF_MIGRATION, version: "1.0"}
                  key: A.IMMIG.ITA.....istat-it-immigrazioni
                  updatedAfter: true
                dimensions:
                  indicator: {column: INDICATOR}
                  ref_area: {column: REF_AREA, codelist: area}
                  # the model writes all partners as _T, which the area list spells TOTAL
                  counterpart_area: {column: COUNTERPART_AREA, codelist: area, map: {_T: TOTAL}}
                  sex: {column: SEX}
                  age: {column: AGE}
                  breakdown: {column: BREAKDOWN}
                indicators:
                  IMMIG: {code: IMMIG, unit: PERS}
                flags: {A: A, B: B, E: E, F: F, M: M, P: P, U: U}
                remote:
                  cadence: P1Y
                """.formatted(node, NETWORK);
    }
}
