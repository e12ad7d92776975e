package org.rives.system;

import java.time.Instant;
import java.util.Map;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.store.SourceFreshness;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Per connector, on {@code /actuator/prometheus}: {@code rives_source_freshness} (0 fresh, 1 due,
 * 2 overdue against the connector's {@code remote.cadence}; absent without a cadence) and
 * {@code rives_source_age_seconds} since the last successful load. Read from the store at each scrape,
 * so the age grows between loads.
 */
@Component
class FreshnessMetrics implements SmartInitializingSingleton {

    private final MeterRegistry registry;
    private final ConnectorRegistry connectors;
    private final SourceFreshness freshness;

    FreshnessMetrics(MeterRegistry registry, ConnectorRegistry connectors, SourceFreshness freshness) {
        this.registry = registry;
        this.connectors = connectors;
        this.freshness = freshness;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (ConnectorDefinition definition : connectors.all()) {
            String id = definition.id();
            if (definition.remote() != null && definition.remote().cadence() != null) {
                Gauge.builder("rives.source.freshness", () -> state(definition))
                        .description("Freshness against the release cadence: 0 fresh, 1 due, 2 overdue")
                        .tag("connector", id).register(registry);
            }
            Gauge.builder("rives.source.age", () -> age(id)).baseUnit("seconds")
                    .description("Seconds since the last successful load of the source")
                    .tag("connector", id).register(registry);
        }
    }

    private double state(ConnectorDefinition definition) {
        Instant last = freshness.lastLoads().get(definition.id());
        return SourceFreshness.of(definition, last, Instant.now()).gaugeValue();
    }

    private double age(String id) {
        Map<String, Instant> last = freshness.lastLoads();
        Instant loaded = last.get(id);
        return loaded == null ? Double.NaN : java.time.Duration.between(loaded, Instant.now()).toSeconds();
    }
}
