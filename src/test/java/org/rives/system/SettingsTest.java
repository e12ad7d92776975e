package org.rives.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rives.connector.fetch.FetchSettings;
import org.rives.export.ExportProperties;
import org.rives.connector.fetch.HostRewrite;
import org.rives.testing.TestStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Every {@code rives.*} setting, pinned as Trino pins its configuration: the defaults when nothing is
 * set, and a full mapping where every setting is given a value other than its default and read back,
 * so that a renamed, misspelt or forgotten setting fails here rather than in an installation.
 */
class SettingsTest {

    private static <T> T bind(String prefix, Class<T> type, Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate(prefix, type);
    }

    /** Every component of the record is named among the properties, so no setting escapes the mapping. */
    private static void assertCoversEveryComponent(String prefix, Class<?> type, Map<String, String> properties) {
        Set<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .map(name -> prefix + "." + UnknownSettings.kebab(name)).collect(Collectors.toSet());
        assertThat(properties.keySet()).as("settings of %s", type.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(components);
    }

    @Test
    void rivesDefaults() {
        RivesProperties defaults = bind("rives", RivesProperties.class, Map.of());

        assertThat(defaults).isEqualTo(new RivesProperties(".", Path.of(".", "data", "rives.duckdb").toString(),
                Path.of(".", "data", "raw").toString(), Path.of(".", "connectors").toString(), true, null, 32, "1GB"));
    }

    @Test
    void rivesFullMapping() {
        Map<String, String> properties = Map.of(
                "rives.home", "/srv/rives",
                "rives.db", "/var/lib/rives/store.duckdb",
                "rives.raw-dir", "/var/lib/rives/raw",
                "rives.connectors-dir", "/etc/rives/connectors",
                "rives.load-samples-on-start", "false",
                "rives.write-token", "s3cret",
                "rives.read-connections", "3",
                "rives.db-memory-limit", "512MB");
        assertCoversEveryComponent("rives", RivesProperties.class, properties);

        assertThat(bind("rives", RivesProperties.class, properties)).isEqualTo(new RivesProperties("/srv/rives",
                "/var/lib/rives/store.duckdb", "/var/lib/rives/raw", "/etc/rives/connectors", false, "s3cret", 3, "512MB"));
    }

    @Test
    void pathsFollowTheHomeUnlessSet() {
        RivesProperties properties = bind("rives", RivesProperties.class, Map.of("rives.home", "/srv/rives"));

        assertThat(properties.dbPath()).isEqualTo(Path.of("/srv/rives/data/rives.duckdb"));
        assertThat(properties.rawDir()).isEqualTo(Path.of("/srv/rives/data/raw").toString());
        assertThat(properties.connectorsDir()).isEqualTo(Path.of("/srv/rives/connectors").toString());
    }

    @Test
    void aSettingThatCannotBeUsedStopsTheStartWithItsName() {
        assertThatThrownBy(() -> bind("rives", RivesProperties.class, Map.of("rives.read-connections", "0")))
                .hasStackTraceContaining("rives.read-connections must be at least 1");
        assertThatThrownBy(() -> bind("rives", RivesProperties.class, Map.of("rives.db-memory-limit", "lots")))
                .hasStackTraceContaining("rives.db-memory-limit must be a size such as 1GB or 512MB, not \"lots\"");
    }

    @Test
    void fetchDefaults() {
        FetchProperties defaults = bind("rives.fetch", FetchProperties.class, Map.of());

        assertThat(defaults.enabled()).isFalse();
        assertThat(defaults.rescan()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.settings()).isEqualTo(FetchSettings.DEFAULTS);
        assertThat(FetchSettings.DEFAULTS).isEqualTo(new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofSeconds(60), 4, Duration.ofSeconds(2), Duration.ofSeconds(60), 536_870_912L,
                Duration.ofMinutes(5), Duration.ofMinutes(15), 200, HostRewrite.NONE));
    }

    @Test
    void fetchFullMapping() {
        Map<String, String> properties = Map.ofEntries(
                Map.entry("rives.fetch.enabled", "true"),
                Map.entry("rives.fetch.connect-timeout", "1s"),
                Map.entry("rives.fetch.header-timeout", "2s"),
                Map.entry("rives.fetch.read-timeout", "3s"),
                Map.entry("rives.fetch.max-attempts", "5"),
                Map.entry("rives.fetch.first-backoff", "100ms"),
                Map.entry("rives.fetch.max-backoff", "7s"),
                Map.entry("rives.fetch.max-bytes", "1000"),
                Map.entry("rives.fetch.max-retry-after", "8s"),
                Map.entry("rives.fetch.async-max-wait", "9s"),
                Map.entry("rives.fetch.max-ratio", "50"),
                Map.entry("rives.fetch.rewrite", "https://api.worldbank.org=http://127.0.0.1:8089"),
                Map.entry("rives.fetch.rescan", "10s"));
        assertCoversEveryComponent("rives.fetch", FetchProperties.class, properties);

        FetchProperties fetch = bind("rives.fetch", FetchProperties.class, properties);

        assertThat(fetch.enabled()).isTrue();
        assertThat(fetch.rescan()).isEqualTo(Duration.ofSeconds(10));
        assertThat(fetch.settings()).isEqualTo(new FetchSettings(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(3), 5, Duration.ofMillis(100), Duration.ofSeconds(7), 1000, Duration.ofSeconds(8),
                Duration.ofSeconds(9), 50,
                HostRewrite.parse(List.of("https://api.worldbank.org=http://127.0.0.1:8089"))));
    }

    @Test
    void exportDefaults() {
        assertThat(bind("rives.export", ExportProperties.class, Map.of()))
                .isEqualTo(new ExportProperties(10_000_000L, 2));
    }

    @Test
    void exportFullMapping() {
        Map<String, String> properties = Map.of("rives.export.max-rows", "500", "rives.export.concurrent-downloads", "4");
        assertCoversEveryComponent("rives.export", ExportProperties.class, properties);

        assertThat(bind("rives.export", ExportProperties.class, properties)).isEqualTo(new ExportProperties(500L, 4));
    }

    @EnableConfigurationProperties({RivesProperties.class, FetchProperties.class, ExportProperties.class})
    static class SettingsOnly {
    }

    private static void start(Map<String, Object> settings) {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("application.properties",
                    settings));
            context.register(SettingsOnly.class, UnknownSettings.class);
            context.refresh();
        }
    }

    @Test
    void aMisspeltSettingStopsTheStartAndNamesIt() {
        start(Map.of("rives.load-samples-on-start", "false", "rives.fetch.max-bytes", "10",
                "rives.fetch.rewrite[0]", "https://api.worldbank.org=http://127.0.0.1:8089"));
        assertThatThrownBy(() -> start(Map.of("rives.load-sample-on-start", "false")))
                .hasMessageContaining("unknown setting rives.load-sample-on-start")
                .hasMessageContaining("rives.load-samples-on-start");
    }

    /** The shipped application.properties sets only settings that exist, to their documented defaults. */
    @Test
    void applicationPropertiesSetsOnlyKnownSettings() throws IOException {
        Properties shipped = new Properties();
        try (Reader in = Files.newBufferedReader(TestStore.REPO.resolve("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            shipped.load(in);
        }
        Set<String> known = Arrays.stream(RivesProperties.class.getRecordComponents())
                .map(c -> "rives." + UnknownSettings.kebab(c.getName())).collect(Collectors.toSet());
        Arrays.stream(FetchProperties.class.getRecordComponents())
                .forEach(c -> known.add("rives.fetch." + UnknownSettings.kebab(c.getName())));
        Arrays.stream(ExportProperties.class.getRecordComponents())
                .forEach(c -> known.add("rives.export." + UnknownSettings.kebab(c.getName())));
        assertThat(shipped.stringPropertyNames().stream().filter(name -> name.startsWith("rives.")))
                .isNotEmpty().allSatisfy(name -> assertThat(known).contains(name));
    }
}
