package org.rives.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rives.store.Change;
import org.rives.store.Vintage;

/** Which loads withdrew a figure, and how changes are counted, on vintages written here. */
class VintageHistoryTest {

    private static Vintage vintage(String source, String partner, double value, int load, Integer supersededBy) {
        return new Vintage(source, "REMIT_IN", "MAR", partner, "_T", "_T", "_T", "A", "2022", value, "USD", 0, "A",
                null, load, Instant.EPOCH, "file.csv", supersededBy, supersededBy == null ? null : Instant.EPOCH);
    }

    @Test
    void aLoadThatReplacedAFigureDidNotWithdrawIt() {
        List<Vintage> vintages = List.of(vintage("wb", "_T", 1, 1, 2), vintage("wb", "_T", 2, 2, null));

        assertThat(VintageHistory.withdrawnBy(vintages)).isEmpty();
    }

    @Test
    void aLoadThatSupersededAFigureWithoutANewValueWithdrewIt() {
        List<Vintage> vintages = List.of(vintage("wb", "_T", 1, 1, 2), vintage("wb", "_T", 2, 3, null));

        assertThat(VintageHistory.withdrawnBy(vintages)).containsExactly(2);
    }

    @Test
    void aNewValueForAnotherSeriesDoesNotCountAsAReplacement() {
        List<Vintage> vintages = List.of(vintage("wb", "_T", 1, 1, 2), vintage("wb", "ESP", 2, 2, null),
                vintage("other", "_T", 3, 2, null));

        assertThat(VintageHistory.withdrawnBy(vintages)).containsExactly(2);
    }

    @Test
    void everyKindIsCountedEvenWhenNone() {
        Change added = new Change(Change.Kind.NEW, "wb", "REMIT_IN", "MAR", "_T", "_T", "_T", "_T", "A", "2022", 1.0,
                null, "USD", 0, "A", 1, Instant.EPOCH);

        assertThat(VintageHistory.counts(List.of(added, added))).containsEntry(Change.Kind.NEW, 2)
                .containsEntry(Change.Kind.REVISED, 0).containsEntry(Change.Kind.WITHDRAWN, 0);
    }
}
