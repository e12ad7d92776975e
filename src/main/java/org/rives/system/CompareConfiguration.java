package org.rives.system;

import java.time.Clock;

import org.rives.api.WriteAccess;
import org.rives.compare.CompareEngine;
import org.rives.compare.CompareNotes;
import org.rives.compare.MirrorEngine;
import org.rives.compare.ObservationSource;
import org.rives.compare.Parameters;
import org.rives.compare.SourceDirectory;
import org.rives.compare.VintageHistory;
import org.rives.connector.ConnectorRegistry;
import org.rives.harmonise.Catalogue;
import org.rives.store.Database;
import org.rives.store.LoadHistory;
import org.rives.store.LoadLog;
import org.rives.store.ObservationQueries;
import org.rives.store.RevisionQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the comparison and the reads the server answers from: the engines over the store, the
 * parameters' vocabulary over the catalogue and the connectors, the repositories of vintages and loads,
 * and who may write.
 */
@Configuration(proxyBeanMethods = false)
class CompareConfiguration {

    @Bean
    CompareNotes compareNotes() {
        return CompareNotes.load();
    }

    @Bean
    SourceDirectory sourceDirectory(ConnectorRegistry connectors) {
        return SourceDirectory.of(connectors);
    }

    @Bean
    CompareEngine compareEngine(Catalogue catalogue, ObservationQueries queries, SourceDirectory sources,
                                CompareNotes notes) {
        return new CompareEngine(catalogue, ObservationSource.of(queries), sources, notes);
    }

    @Bean
    MirrorEngine mirrorEngine(Catalogue catalogue, ObservationQueries queries, CompareNotes notes,
                              CompareEngine compare) {
        return new MirrorEngine(catalogue, ObservationSource.of(queries), notes, compare);
    }

    @Bean
    Parameters parameters(Catalogue catalogue, CompareNotes notes, SourceDirectory sources) {
        return new Parameters(catalogue, notes, sources, Clock.systemUTC());
    }

    @Bean
    RevisionQueries revisionQueries(Database database) {
        return new RevisionQueries(database);
    }

    @Bean
    VintageHistory vintageHistory(RevisionQueries queries) {
        return new VintageHistory(queries);
    }

    @Bean
    LoadHistory loadHistory(Database database, LoadLog log) {
        return new LoadHistory(database, log);
    }

    @Bean
    WriteAccess writeAccess(RivesProperties properties) {
        return new WriteAccess(properties.writeToken());
    }
}
