package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateGuardTest {

    @Test
    void seriesInRunsWithDistinctPeriodsAreProvenUnique() {
        DuplicateGuard guard = new DuplicateGuard();
        for (int series = 0; series < 3; series++) {
            for (int period = 0; period < 100; period++) {
                guard.see(series, period);
            }
        }
        assertThat(guard.noDuplicates()).isTrue();
    }

    @Test
    void aPeriodGivenTwiceInARunIsNotProven() {
        DuplicateGuard guard = new DuplicateGuard();
        guard.see(0, 1);
        guard.see(0, 2);
        guard.see(0, 1);
        assertThat(guard.noDuplicates()).isFalse();
    }

    @Test
    void aSeriesComingBackLaterIsNotProvenEvenWithNewPeriods() {
        DuplicateGuard guard = new DuplicateGuard();
        guard.see(0, 1);
        guard.see(1, 1);
        guard.see(0, 2);
        assertThat(guard.noDuplicates()).isFalse();
    }
}
