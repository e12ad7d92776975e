package org.rives.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.rives.testing.SampleServerTest;
import org.rives.testing.TestStore;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every metric the Grafana dashboard and the alert rules read exists on a running server's
 * {@code /actuator/prometheus}: a renamed metric would otherwise leave a panel empty and an alert silent.
 */
class MonitoringMetricsTest extends SampleServerTest {

    /** Series Prometheus makes itself for each scrape, never exposed by the target. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped");

    private static Set<String> dashboardMetrics() {
        JsonNode dashboard = JsonMapper.builder().build()
                .readTree(TestStore.REPO.resolve("deploy/grafana/dashboards/rives.json").toFile());
        Set<String> names = new TreeSet<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets")
                .forEach(target -> names.addAll(PromQlNames.of(target.path("expr").asString()))));
        dashboard.path("templating").path("list")
                .forEach(variable -> names.addAll(PromQlNames.of(variable.path("definition").asString())));
        return names;
    }

    private static Set<String> ruleMetrics() {
        Set<String> names = new TreeSet<>();
        DeploymentFilesTest.yaml("deploy/rives.rules.yml").path("groups").forEach(group -> group.path("rules")
                .forEach(rule -> names.addAll(PromQlNames.of(rule.path("expr").asString()))));
        names.removeAll(PROMETHEUS_OWN);
        return names;
    }

    @Test
    void theNamesAreReadFromPromQl() {
        assertThat(PromQlNames.of("histogram_quantile(0.95, sum by (le, uri) (rate(http_server_requests_seconds_bucket"
                + "{uri=~\"/api/.*\"}[$__rate_interval])))")).containsExactly("http_server_requests_seconds_bucket");
        assertThat(PromQlNames.of("increase(rives_loads_total{status=~\"failed|rejected\"}[1h]) > 0 and on (connector) "
                + "rives_source_age_seconds offset 5m")).containsExactly("rives_loads_total", "rives_source_age_seconds");
        assertThat(PromQlNames.of("label_values(rives_loads_total, connector)")).containsExactly("rives_loads_total");
    }

    @Test
    void everyMetricOfTheDashboardAndTheRulesIsExposed() throws Exception {
        assertThat(get("/api/catalogue").statusCode()).isEqualTo(200); // so that request metrics exist
        Set<String> exposed = new TreeSet<>();
        for (String line : getText("/actuator/prometheus").split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                exposed.add(line.split("[{ ]", 2)[0]);
            }
        }
        Set<String> wanted = new TreeSet<>(dashboardMetrics());
        wanted.addAll(ruleMetrics());
        assertThat(wanted).contains("rives_loads_total", "rives_rows_rejected_total", "rives_source_freshness",
                "rives_source_age_seconds", "rives_load_duration_seconds_bucket", "http_server_requests_seconds_bucket");
        assertThat(exposed).containsAll(wanted);
    }
}
