package org.rives.system;

import java.time.Clock;
import java.util.Set;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.rives.cache.CacheFilter;
import org.rives.cache.CacheProperties;
import org.rives.cache.SourceCounts;
import org.rives.cache.StoreVersions;
import org.rives.cache.TableCache;
import org.rives.store.Database;
import org.rives.store.LastCommit;
import org.rives.store.ObservationQueries;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.Ordered;

/**
 * Wires the cache of computed tables in front of the tables' endpoints, its store version (told of every
 * load, and of every re-read of the connectors), the observation counts by source kept per version, and its
 * figures on {@code /actuator/prometheus}:
 * {@code rives_cache_requests_total{result=hit|miss}}, {@code rives_cache_not_modified_total},
 * {@code rives_cache_evictions_total}, {@code rives_cache_size_bytes}, {@code rives_cache_entries} and
 * {@code rives_cache_max_bytes}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheProperties.class)
class ServingConfiguration {

    /** The paths whose answers are computed tables; every other request passes untouched. */
    static final Set<String> CACHED = Set.of("/api/compare", "/api/mirror", "/api/observations");
    static final String SDMX_DATA = "/sdmx/v2.1/data/";

    @Bean
    TableCache tableCache(CacheProperties properties) {
        return new TableCache(properties.enabled() ? properties.maxSize().toBytes() : 0);
    }

    @Bean
    StoreVersions storeVersions(Database database, TableCache cache) {
        return new StoreVersions(() -> LastCommit.read(database), cache, Clock.systemUTC());
    }

    @Bean
    SourceCounts sourceCounts(StoreVersions versions, ObservationQueries queries) {
        return new SourceCounts(versions, queries);
    }

    @Bean
    FilterRegistrationBean<CacheFilter> cacheFilter(TableCache cache, StoreVersions versions,
                                                    CacheProperties properties) {
        CacheFilter filter = new CacheFilter(cache, versions,
                path -> CACHED.contains(path) || path.startsWith(SDMX_DATA),
                (int) properties.maxEntrySize().toBytes());
        FilterRegistrationBean<CacheFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(properties.enabled());
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100); // after metrics and access checks
        return registration;
    }

    @Bean
    ApplicationListener<PayloadApplicationEvent<ConnectorsReloaded>> connectorsReloadedMoveTheVersion(
            StoreVersions versions) {
        return ApplicationListener.forPayload(event -> versions.definitionsChanged());
    }

    @Bean
    MeterBinder cacheMetrics(TableCache cache) {
        return registry -> {
            FunctionCounter.builder("rives.cache.requests", cache, TableCache::hits).tag("result", "hit")
                    .description("Answers of computed tables served from the cache").register(registry);
            FunctionCounter.builder("rives.cache.requests", cache, TableCache::misses).tag("result", "miss")
                    .description("Answers of computed tables computed from the store").register(registry);
            FunctionCounter.builder("rives.cache.not.modified", cache, TableCache::notModified)
                    .description("Conditional requests answered 304 Not Modified").register(registry);
            FunctionCounter.builder("rives.cache.evictions", cache, TableCache::evictions)
                    .description("Answers dropped for room or because a load committed").register(registry);
            Gauge.builder("rives.cache.size", cache, TableCache::bytes).baseUnit("bytes")
                    .description("What the kept answers weigh").register(registry);
            Gauge.builder("rives.cache.entries", cache, TableCache::size).description("Answers kept")
                    .register(registry);
            Gauge.builder("rives.cache.max", cache, TableCache::maxBytes).baseUnit("bytes")
                    .description("The bound on what the kept answers weigh (rives.cache.max-size)").register(registry);
        };
    }
}
