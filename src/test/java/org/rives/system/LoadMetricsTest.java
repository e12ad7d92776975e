package org.rives.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rives.connector.ConnectorRegistry;
import org.rives.store.LoadReport;
import org.rives.testing.TestStore;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** The load metrics as Prometheus scrapes them: counters from zero, durations as a histogram. */
class LoadMetricsTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final LoadMetrics metrics = new LoadMetrics(registry,
            new ConnectorRegistry(TestStore.REPO.resolve("connectors")));

    private static LoadReport report(String connector, String status, long millis, long observations, long rejected) {
        return new LoadReport(1, connector, "f.csv", "00", 10, status, false, Instant.now(), millis, 0, 0,
                observations, 0, 0, 0, rejected, new LoadReport.Changes(0, 0, 0, 0), null, "", List.of(), List.of());
    }

    @Test
    void everyConnectorsCountersStartAtZeroSoAFirstFailureIsAnIncrease() {
        metrics.afterSingletonsInstantiated();
        String scrape = registry.scrape();
        assertThat(scrape).contains("rives_loads_total{connector=\"worldbank-wdi\",status=\"failed\"} 0.0",
                "rives_loads_total{connector=\"eurostat-asylum\",status=\"rejected\"} 0.0",
                "rives_rows_rejected_total{connector=\"worldbank-wdi\"} 0.0",
                "rives_load_duration_seconds_count{connector=\"worldbank-wdi\"} 0");
    }

    @Test
    void durationsAreABucketedHistogramSoThatP95Exists() {
        metrics.loaded(report("worldbank-wdi", LoadReport.COMMITTED, 180, 643, 0));
        metrics.loaded(report("worldbank-wdi", LoadReport.COMMITTED, 700, 643, 0));
        metrics.loaded(report("worldbank-wdi", LoadReport.REJECTED, 4_000, 0, 3));
        String scrape = registry.scrape();
        assertThat(scrape).contains(
                "rives_load_duration_seconds_bucket{connector=\"worldbank-wdi\",le=\"0.1\"} 0",
                "rives_load_duration_seconds_bucket{connector=\"worldbank-wdi\",le=\"0.25\"} 1",
                "rives_load_duration_seconds_bucket{connector=\"worldbank-wdi\",le=\"1.0\"} 2",
                "rives_load_duration_seconds_bucket{connector=\"worldbank-wdi\",le=\"5.0\"} 3",
                "rives_load_duration_seconds_bucket{connector=\"worldbank-wdi\",le=\"1800.0\"} 3",
                "rives_load_duration_seconds_bucket{connector=\"worldbank-wdi\",le=\"+Inf\"} 3",
                "rives_load_duration_seconds_count{connector=\"worldbank-wdi\"} 3",
                "rives_load_duration_seconds_sum{connector=\"worldbank-wdi\"} 4.88",
                "rives_loads_total{connector=\"worldbank-wdi\",status=\"committed\"} 2.0",
                "rives_loads_total{connector=\"worldbank-wdi\",status=\"rejected\"} 1.0",
                "rives_rows_loaded_total{connector=\"worldbank-wdi\"} 1286.0",
                "rives_rows_rejected_total{connector=\"worldbank-wdi\"} 3.0");
    }
}
