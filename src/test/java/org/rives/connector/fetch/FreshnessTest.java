package org.rives.connector.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class FreshnessTest {

    private static final Instant LOADED = Instant.parse("2025-01-15T06:00:00Z");

    @Test
    void isFreshWithinOneCadenceDueWithinTwoOverdueAfter() {
        assertThat(Freshness.of(LOADED, "P1M", Instant.parse("2025-02-14T06:00:00Z")).state()).isEqualTo(Freshness.FRESH);
        assertThat(Freshness.of(LOADED, "P1M", Instant.parse("2025-02-15T06:00:00Z")).state()).isEqualTo(Freshness.DUE);
        assertThat(Freshness.of(LOADED, "P1M", Instant.parse("2025-03-14T06:00:00Z")).state()).isEqualTo(Freshness.DUE);
        assertThat(Freshness.of(LOADED, "P1M", Instant.parse("2025-03-15T06:00:00Z")).state())
                .isEqualTo(Freshness.OVERDUE);
    }

    @Test
    void saysWhenTheNextReleaseIsExpectedAndHowOldTheLoadIs() {
        Freshness quarterly = Freshness.of(LOADED, "P3M", Instant.parse("2025-01-16T06:00:00Z"));

        assertThat(quarterly.dueAt()).isEqualTo(Instant.parse("2025-04-15T06:00:00Z"));
        assertThat(quarterly.overdueAt()).isEqualTo(Instant.parse("2025-07-15T06:00:00Z"));
        assertThat(quarterly.ageSeconds()).isEqualTo(86_400);
        assertThat(quarterly.gaugeValue()).isZero();
    }

    @Test
    void aSourceWithACadenceThatWasNeverLoadedIsOverdue() {
        Freshness never = Freshness.of(null, "P1Y", LOADED);

        assertThat(never.state()).isEqualTo(Freshness.OVERDUE);
        assertThat(never.gaugeValue()).isEqualTo(2);
    }

    @Test
    void withoutACadenceFreshnessIsUnknownAndHasNoGaugeValue() {
        Freshness unknown = Freshness.of(LOADED, null, LOADED);

        assertThat(unknown.state()).isEqualTo(Freshness.UNKNOWN);
        assertThat(unknown.gaugeValue()).isNaN();
        assertThat(Freshness.of(LOADED, "monthly", LOADED).state()).isEqualTo(Freshness.UNKNOWN);
    }
}
