package org.rives.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.rives.testing.TestStore;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * No Docker engine runs where the tests run, so the compose file is checked as data: the app and a
 * Prometheus that scrapes the endpoint the app really exposes.
 */
class DeploymentFilesTest {

    private final YAMLMapper yaml = new YAMLMapper();

    @Test
    void composeRunsRivesAndAPrometheusScrapingIt() throws Exception {
        JsonNode compose = yaml.readTree(TestStore.REPO.resolve("docker-compose.yml").toFile());
        JsonNode rives = compose.path("services").path("rives");
        assertThat(rives.path("build").asString()).isEqualTo(".");
        assertThat(rives.path("ports").get(0).asString()).isEqualTo("8080:8080");
        JsonNode prometheus = compose.path("services").path("prometheus");
        assertThat(prometheus.path("image").asString()).startsWith("prom/prometheus:");
        String mount = prometheus.path("volumes").get(0).asString();
        String config = mount.substring(2, mount.indexOf(':'));
        assertThat(TestStore.REPO.resolve(config)).exists();

        JsonNode scrape = yaml.readTree(TestStore.REPO.resolve(config).toFile()).path("scrape_configs").get(0);
        assertThat(scrape.path("metrics_path").asString()).isEqualTo("/actuator/prometheus");
        assertThat(scrape.path("static_configs").get(0).path("targets").get(0).asString()).isEqualTo("rives:8080");

        Properties app = new Properties();
        try (var in = Files.newInputStream(TestStore.REPO.resolve("src/main/resources/application.properties"))) {
            app.load(in);
        }
        assertThat(app.getProperty("management.endpoints.web.exposure.include")).contains("prometheus");
    }

    @Test
    void theImageCarriesConnectorsAndSamples() throws Exception {
        String dockerfile = Files.readString(TestStore.REPO.resolve("Dockerfile"));
        assertThat(dockerfile).contains("COPY connectors", "COPY sample-data", "RIVES_HOME=/rives");
    }
}
