package org.rives.system;

import java.nio.file.Path;
import java.time.Clock;

import org.rives.connector.ConnectorRegistry;
import org.rives.connector.fetch.Fetcher;
import org.rives.connector.fetch.RemoteDownload;
import org.rives.store.Database;
import org.rives.store.LoadService;
import org.rives.store.RemoteLoads;
import org.rives.store.SourceFreshness;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Wires remote fetching and source freshness, for the server and the command line alike. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FetchProperties.class)
class FetchConfiguration {

    // Lazy: the server needs them only when it fetches on a schedule (rives.fetch.enabled), and building an HTTP
    // client (TLS included) is a noticeable part of start-up; the commands that fetch ask for them by name.
    @Bean
    @Lazy
    Fetcher fetcher(FetchProperties properties) {
        return new Fetcher(properties.settings());
    }

    /** Downloads land beside the raw archive, so they are on the same disk when archived. */
    @Bean
    @Lazy
    RemoteLoads remoteLoads(ConnectorRegistry connectors, Fetcher fetcher, LoadService loads, Database database,
                            RivesProperties properties) {
        return new RemoteLoads(connectors, new RemoteDownload(fetcher), loads, database,
                Path.of(properties.rawDir()).toAbsolutePath().resolveSibling("fetch"), Clock.systemUTC());
    }

    @Bean
    SourceFreshness sourceFreshness(Database database) {
        return new SourceFreshness(database);
    }
}
