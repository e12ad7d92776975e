package org.rives.connector.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.connector.ConnectorRegistry;
import org.rives.testing.TestStore;

/** A connector's remote block is checked when the connector is read: a mistake refuses it with the reason. */
class RemoteSchemaTest {

    @TempDir
    Path dir;

    private List<String> reasons(String remote) throws IOException {
        String yaml = Files.readString(TestStore.REPO.resolve("connectors/worldbank-wdi.yaml"));
        yaml = yaml.substring(0, yaml.indexOf("\nremote:") + 1) + remote + yaml.substring(yaml.indexOf("\nquirks:") + 1);
        Files.writeString(dir.resolve("worldbank-wdi.yaml"), yaml);
        ConnectorRegistry registry = new ConnectorRegistry(dir);
        return registry.problems().isEmpty() ? List.of() : registry.problems().get(0).reasons();
    }

    @Test
    void theShippedShapeIsAccepted() throws IOException {
        assertThat(reasons("remote:\n  urls: [\"https://example.org/a?from={from}&to={year}\"]\n"
                + "  archive: {type: zip, member: 'API_.+\\.csv'}\n  window: {from: 2010, lookback: 2}\n"
                + "  async: {status: \"https://example.org/s/{key}\", data: \"https://example.org/d/{key}\", maxWait: PT10M}\n"
                + "  paging: {type: worldbank-api}\n  cadence: P1Y\n")).isEmpty();
    }

    @Test
    void aWindowPlaceholderNeedsAWindow() throws IOException {
        assertThat(reasons("remote:\n  url: https://example.org/a?startPeriod={from}\n  cadence: P1Y\n"))
                .anySatisfy(r -> assertThat(r).contains("window"));
    }

    @Test
    void anUnknownPlaceholderOrArchiveTypeOrBothUrlAndUrlsAreRefused() throws IOException {
        assertThat(reasons("remote:\n  url: https://example.org/a?to={until}\n")).isNotEmpty();
        assertThat(reasons("remote:\n  url: https://example.org/a.rar\n  archive: {type: rar}\n"))
                .anySatisfy(r -> assertThat(r).contains("/remote/archive/type"));
        assertThat(reasons("remote:\n  url: https://example.org/a\n  urls: [\"https://example.org/b\"]\n")).isNotEmpty();
        assertThat(reasons("remote:\n  url: https://example.org/a\n  paging: {type: worldbank-api, pages: 3}\n"))
                .anySatisfy(r -> assertThat(r).contains("unknown key \"pages\""));
    }
}
