package org.rives.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.rives.testing.TestStore;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * No Docker engine runs where the tests run, so the compose file is checked as data: the app, a
 * Prometheus that scrapes the endpoint the app really exposes and loads the alert rules, and a Grafana
 * provisioned with that Prometheus and the dashboard. Where Debian's prometheus package is installed,
 * promtool checks the rules and the configuration and runs the alerts' unit tests.
 */
class DeploymentFilesTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    static JsonNode yaml(String path) {
        return YAML.readTree(TestStore.REPO.resolve(path).toFile());
    }

    /** A service's volume mounts: container path to the repository path mounted there. */
    static Map<String, Path> mounts(JsonNode service) {
        Map<String, Path> mounts = new LinkedHashMap<>();
        service.path("volumes").forEach(volume -> {
            String[] parts = volume.asString().split(":");
            if (parts[0].startsWith("./")) {
                mounts.put(parts[1], TestStore.REPO.resolve(parts[0].substring(2)).normalize());
            }
        });
        return mounts;
    }

    @Test
    void composeRunsRivesAndAPrometheusScrapingIt() throws Exception {
        JsonNode compose = yaml("docker-compose.yml");
        JsonNode rives = compose.path("services").path("rives");
        assertThat(rives.path("build").asString()).isEqualTo(".");
        assertThat(rives.path("ports").get(0).asString()).isEqualTo("8080:8080");
        JsonNode prometheus = compose.path("services").path("prometheus");
        assertThat(prometheus.path("image").asString()).startsWith("prom/prometheus:");
        Path config = mounts(prometheus).get("/etc/prometheus/prometheus.yml");
        assertThat(config).exists();

        JsonNode scrape = YAML.readTree(config.toFile()).path("scrape_configs").get(0);
        assertThat(scrape.path("metrics_path").asString()).isEqualTo("/actuator/prometheus");
        assertThat(scrape.path("static_configs").get(0).path("targets").get(0).asString()).isEqualTo("rives:8080");

        Properties app = new Properties();
        try (var in = Files.newInputStream(TestStore.REPO.resolve("src/main/resources/application.properties"))) {
            app.load(in);
        }
        assertThat(app.getProperty("management.endpoints.web.exposure.include")).contains("prometheus");
    }

    @Test
    void prometheusLoadsTheAlertRulesFromBesideItsConfiguration() {
        JsonNode prometheus = yaml("docker-compose.yml").path("services").path("prometheus");
        Map<String, Path> mounts = mounts(prometheus);
        JsonNode config = YAML.readTree(mounts.get("/etc/prometheus/prometheus.yml").toFile());
        List<String> ruleFiles = new ArrayList<>();
        config.path("rule_files").forEach(f -> ruleFiles.add(f.asString()));
        assertThat(ruleFiles).isNotEmpty();
        for (String ruleFile : ruleFiles) {
            // Relative to the configuration file: in the container and in the repository alike.
            assertThat(mounts.get("/etc/prometheus/" + ruleFile)).isEqualTo(TestStore.REPO.resolve("deploy/" + ruleFile));
            assertThat(TestStore.REPO.resolve("deploy/" + ruleFile)).exists();
        }
        List<String> alerts = new ArrayList<>();
        yaml("deploy/rives.rules.yml").path("groups").forEach(g -> g.path("rules").forEach(r -> alerts.add(r.path("alert").asString())));
        assertThat(alerts).contains("RivesSourceOverdue", "RivesLoadFailed");
    }

    @Test
    void grafanaIsProvisionedWithPrometheusAndTheDashboard() {
        JsonNode compose = yaml("docker-compose.yml");
        JsonNode grafana = compose.path("services").path("grafana");
        assertThat(grafana.path("image").asString()).startsWith("grafana/grafana:");
        Map<String, Path> mounts = mounts(grafana);
        Path provisioning = mounts.get("/etc/grafana/provisioning");
        JsonNode source = YAML.readTree(provisioning.resolve("datasources/prometheus.yml").toFile()).path("datasources").get(0);
        assertThat(source.path("type").asString()).isEqualTo("prometheus");
        assertThat(source.path("url").asString()).isEqualTo("http://prometheus:9090");
        assertThat(compose.path("services").path("prometheus").path("ports").get(0).asString()).endsWith(":9090");

        JsonNode provider = YAML.readTree(provisioning.resolve("dashboards/rives.yml").toFile()).path("providers").get(0);
        Path dashboards = mounts.get(provider.path("options").path("path").asString());
        assertThat(dashboards).isEqualTo(TestStore.REPO.resolve("deploy/grafana/dashboards"));
        JsonNode dashboard = JsonMapper.builder().build().readTree(dashboards.resolve("rives.json").toFile());
        assertThat(grafana.path("environment").path("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH").asString())
                .isEqualTo(provider.path("options").path("path").asString() + "/rives.json");

        List<String> titles = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if ("row".equals(panel.path("type").asString())) {
                continue;
            }
            titles.add(panel.path("title").asString());
            assertThat(panel.path("datasource").path("uid").asString()).isEqualTo(source.path("uid").asString());
            assertThat(panel.path("targets")).isNotEmpty().allSatisfy(t -> {
                assertThat(t.path("expr").asString()).isNotBlank();
                assertThat(t.path("datasource").path("uid").asString()).isEqualTo(source.path("uid").asString());
            });
        }
        assertThat(titles).contains("Loads by status", "Rows rejected", "Freshness by source",
                "Request latency p95 by endpoint", "Load duration, p50 and p95 (6 h windows)");
    }

    @Test
    void promtoolChecksTheRulesAndTheConfiguration() throws Exception {
        assumeTrue(promtool() != null, "promtool is not installed (Debian: apt-get install prometheus; .ci/run does)");
        assertThat(promtool("check", "rules", "deploy/rives.rules.yml")).containsPattern("SUCCESS: [1-9][0-9]* rules found");
        assertThat(promtool("check", "config", "deploy/prometheus.yml")).contains("is valid prometheus config file");
    }

    @Test
    void promtoolUnitTestsTheAlerts() throws Exception {
        assumeTrue(promtool() != null, "promtool is not installed (Debian: apt-get install prometheus; .ci/run does)");
        assertThat(promtool("test", "rules", "deploy/rives.rules.test.yml")).contains("SUCCESS");
    }

    @Test
    void theImageCarriesConnectorsAndSamples() throws Exception {
        String dockerfile = Files.readString(TestStore.REPO.resolve("Dockerfile"));
        assertThat(dockerfile).contains("COPY connectors", "COPY sample-data", "RIVES_HOME=/rives");
    }

    private static Path promtool() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Runs promtool in the repository; its output if it exits 0, else a failure with the output. */
    private static String promtool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(promtool().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(TestStore.REPO.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("promtool %s:%n%s", String.join(" ", args), output).isZero();
        return output;
    }
}
