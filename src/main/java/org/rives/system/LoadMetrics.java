package org.rives.system;

import java.time.Duration;

import org.rives.store.LoadListener;
import org.rives.store.LoadReport;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Load figures for operators, on {@code /actuator/prometheus}: loads by connector and status, rows
 * loaded and rejected, and how long loads take.
 */
@Component
class LoadMetrics implements LoadListener {

    private final MeterRegistry registry;

    LoadMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void loaded(LoadReport report) {
        String connector = report.source();
        Counter.builder("rives.loads").description("Loads run, by connector and outcome")
                .tag("connector", connector).tag("status", report.status()).register(registry).increment();
        if (LoadReport.COMMITTED.equals(report.status())) {
            Counter.builder("rives.rows.loaded").description("Observations committed by loads")
                    .tag("connector", connector).register(registry).increment(report.observations());
        }
        Counter.builder("rives.rows.rejected").description("Rows and cells rejected by loads")
                .tag("connector", connector).register(registry).increment(report.rejected());
        Timer.builder("rives.load.duration").description("Wall time of loads")
                .tag("connector", connector).register(registry).record(Duration.ofMillis(report.durationMs()));
    }
}
