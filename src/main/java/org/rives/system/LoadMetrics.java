package org.rives.system;

import java.time.Duration;
import java.util.List;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.store.LoadListener;
import org.rives.store.LoadReport;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Load figures for operators, on {@code /actuator/prometheus}: {@code rives_loads_total} by connector and
 * status, rows loaded and rejected, and {@code rives_load_duration_seconds}, a histogram (so that p95 and
 * p99 can be computed across connectors and instances).
 *
 * <p>Every connector's counters exist from start-up at zero: Prometheus' {@code increase()} sees nothing in
 * a series whose first sample is already 1, so a first failed load would otherwise raise no alert.
 */
@Component
class LoadMetrics implements LoadListener, SmartInitializingSingleton {

    /** The outcomes of a real load (a dry run's "validated" is counted when it happens). */
    static final List<String> OUTCOMES = List.of(LoadReport.COMMITTED, LoadReport.UNCHANGED, LoadReport.REJECTED,
            LoadReport.FAILED);

    /** From a sample file (a tenth of a second) to a national bulk file (half an hour). */
    static final Duration[] BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
            Duration.ofMinutes(10), Duration.ofMinutes(30)};

    private final MeterRegistry registry;
    private final ConnectorRegistry connectors;

    LoadMetrics(MeterRegistry registry, ConnectorRegistry connectors) {
        this.registry = registry;
        this.connectors = connectors;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (ConnectorDefinition definition : connectors.all()) {
            String connector = definition.id();
            OUTCOMES.forEach(status -> loads(connector, status));
            rowsLoaded(connector);
            rowsRejected(connector);
            duration(connector);
        }
    }

    @Override
    public void loaded(LoadReport report) {
        String connector = report.source();
        loads(connector, report.status()).increment();
        if (LoadReport.COMMITTED.equals(report.status())) {
            rowsLoaded(connector).increment(report.observations());
        }
        rowsRejected(connector).increment(report.rejected());
        duration(connector).record(Duration.ofMillis(report.durationMs()));
    }

    private Counter loads(String connector, String status) {
        return Counter.builder("rives.loads").description("Loads run, by connector and outcome")
                .tag("connector", connector).tag("status", status).register(registry);
    }

    private Counter rowsLoaded(String connector) {
        return Counter.builder("rives.rows.loaded").description("Observations committed by loads")
                .tag("connector", connector).register(registry);
    }

    private Counter rowsRejected(String connector) {
        return Counter.builder("rives.rows.rejected").description("Rows and cells rejected by loads")
                .tag("connector", connector).register(registry);
    }

    private Timer duration(String connector) {
        return Timer.builder("rives.load.duration").description("Wall time of loads")
                .serviceLevelObjectives(BUCKETS).tag("connector", connector).register(registry);
    }
}
