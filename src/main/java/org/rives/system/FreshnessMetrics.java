package org.rives.system;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.store.SourceFreshness;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Per connector, on {@code /actuator/prometheus}: {@code rives_source_freshness} (0 fresh, 1 due,
 * 2 overdue against the connector's {@code remote.cadence}; a source with a cadence that was never loaded is
 * overdue; absent without a cadence) and {@code rives_source_age_seconds} since the last successful load.
 * Read from the store and the current connector definitions at each scrape, so the age grows between loads;
 * the gauges follow the connectors when the server reads their folder again.
 */
@Component
class FreshnessMetrics implements SmartInitializingSingleton {

    private final MeterRegistry registry;
    private final ConnectorRegistry connectors;
    private final SourceFreshness freshness;
    /** Registered gauges by name and connector ("freshness ID", "age ID"). */
    private final Map<String, Gauge> gauges = new HashMap<>();

    FreshnessMetrics(MeterRegistry registry, ConnectorRegistry connectors, SourceFreshness freshness) {
        this.registry = registry;
        this.connectors = connectors;
        this.freshness = freshness;
    }

    @Override
    public void afterSingletonsInstantiated() {
        sync();
    }

    /** The age of every connector, the freshness of those with a cadence; gauges of connectors gone are removed. */
    @EventListener(ConnectorsReloaded.class)
    synchronized void sync() {
        Set<String> wanted = new HashSet<>();
        for (ConnectorDefinition definition : connectors.all()) {
            wanted.add("age " + definition.id());
            if (hasCadence(definition)) {
                wanted.add("freshness " + definition.id());
            }
        }
        gauges.entrySet().removeIf(entry -> {
            boolean gone = !wanted.contains(entry.getKey());
            if (gone) {
                registry.remove(entry.getValue());
            }
            return gone;
        });
        for (String name : wanted) {
            gauges.computeIfAbsent(name, this::register);
        }
    }

    private Gauge register(String name) {
        String id = name.substring(name.indexOf(' ') + 1);
        if (name.startsWith("age ")) {
            return Gauge.builder("rives.source.age", () -> age(id)).baseUnit("seconds")
                    .description("Seconds since the last successful load of the source")
                    .tag("connector", id).register(registry);
        }
        return Gauge.builder("rives.source.freshness", () -> state(id))
                .description("Freshness against the release cadence: 0 fresh, 1 due, 2 overdue")
                .tag("connector", id).register(registry);
    }

    private static boolean hasCadence(ConnectorDefinition definition) {
        return definition.remote() != null && definition.remote().cadence() != null;
    }

    private double state(String id) {
        return connectors.find(id)
                .map(definition -> SourceFreshness.of(definition, freshness.lastLoads().get(id), Instant.now()).gaugeValue())
                .orElse(Double.NaN);
    }

    private double age(String id) {
        Instant loaded = freshness.lastLoads().get(id);
        return loaded == null ? Double.NaN : Duration.between(loaded, Instant.now()).toSeconds();
    }
}
