package org.rives.system;

import java.nio.file.Path;
import java.util.List;

import org.rives.connector.ConnectorRegistry;
import org.rives.connector.FeedReaders;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.CatalogueLoader;
import org.rives.store.Database;
import org.rives.store.LoadListener;
import org.rives.store.LoadLog;
import org.rives.store.LoadService;
import org.rives.store.ObservationQueries;
import org.rives.store.RawArchive;
import org.rives.store.StoreException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

/** Wires the pipeline once, for the server and the command line alike. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RivesProperties.class)
class StoreConfiguration {

    @Bean
    Catalogue catalogue() {
        return CatalogueLoader.load();
    }

    @Bean
    ConnectorRegistry connectorRegistry(RivesProperties properties) {
        return new ConnectorRegistry(Path.of(properties.connectorsDir()));
    }

    @Bean
    FeedReaders feedReaders() {
        return FeedReaders.discovered();
    }

    @Bean(destroyMethod = "close")
    Database database(RivesProperties properties) {
        return new Database(properties.dbPath(), properties.readConnections(), properties.dbMemoryLimit());
    }

    /**
     * {@code rives_store_memory_bytes}: the memory DuckDB holds by its own accounting, outside the heap, against
     * {@code rives.db-memory-limit}; what an operator reads when the process' resident memory grows.
     */
    @Bean
    MeterBinder storeMemoryMetrics(Database database) {
        return registry -> Gauge.builder("rives.store.memory", database, StoreConfiguration::nativeMemory)
                .baseUnit("bytes").description("Memory DuckDB holds outside the Java heap (rives.db-memory-limit)")
                .register(registry);
    }

    private static double nativeMemory(Database database) {
        try {
            return database.nativeMemoryBytes();
        } catch (StoreException e) {
            return Double.NaN; // the store is closing
        }
    }

    @Bean
    RawArchive rawArchive(RivesProperties properties) {
        return new RawArchive(Path.of(properties.rawDir()));
    }

    @Bean
    LoadLog loadLog() {
        return new LoadLog();
    }

    @Bean
    ObservationQueries observationQueries(Database database) {
        return new ObservationQueries(database);
    }

    /** Every {@link LoadListener} bean hears of every load: the metrics, and whatever else watches the store. */
    @Bean
    LoadService loadService(ConnectorRegistry connectors, FeedReaders readers, Catalogue catalogue, Database database,
                            RawArchive archive, List<LoadListener> listeners) {
        return new LoadService(connectors, readers, catalogue, database, archive,
                report -> listeners.forEach(listener -> listener.loaded(report)));
    }
}
