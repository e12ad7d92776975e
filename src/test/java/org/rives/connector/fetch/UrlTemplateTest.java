package org.rives.connector.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.rives.connector.ConnectorDefinition.Remote.Window;

class UrlTemplateTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
    private final UrlTemplate template = new UrlTemplate(
            "https://api.unhcr.org/population/v1/population/?yearFrom={from}&yearTo={year}&download=true");
    private final Window window = new Window(1951, 3);

    @Test
    void aFirstOrFullFetchAsksFromTheWindowsFirstYearUntilThisYear() {
        assertThat(template.resolve(window, null, false, CLOCK))
                .isEqualTo("https://api.unhcr.org/population/v1/population/?yearFrom=1951&yearTo=2026&download=true");
        assertThat(template.resolve(window, Instant.parse("2026-01-02T00:00:00Z"), true, CLOCK)).contains("yearFrom=1951&");
    }

    @Test
    void laterFetchesAskFromTheLastAnsweredYearLessTheLookbackNeverBeforeTheFirstYear() {
        assertThat(template.resolve(window, Instant.parse("2025-11-30T00:00:00Z"), false, CLOCK)).contains("yearFrom=2022&");
        assertThat(template.resolve(new Window(2024, null), Instant.parse("2025-11-30T00:00:00Z"), false, CLOCK))
                .contains("yearFrom=2024&");
        assertThat(template.resolve(new Window(2000, null), Instant.parse("2025-11-30T00:00:00Z"), false, CLOCK))
                .contains("yearFrom=2023&");
    }

    @Test
    void knowsTheUrlsItResolvedWhateverTheYears() {
        assertThat(template.resolved("https://api.unhcr.org/population/v1/population/?yearFrom=1951&yearTo=2021&download=true"))
                .isTrue();
        assertThat(template.resolved("https://api.unhcr.org/population/v1/population/?yearFrom=1951&yearTo=2021")).isFalse();
        assertThat(new UrlTemplate("https://example.org/a.csv?x=1").resolved("https://example.org/a.csv?x=1")).isTrue();
        assertThat(new UrlTemplate("https://example.org/a.csv?x=1").resolved("https://example.org/aXcsv?x=1")).isFalse();
    }
}
