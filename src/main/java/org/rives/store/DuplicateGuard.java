package org.rives.store;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Watches the (series, period) keys as they are staged and proves, in the common case, that no
 * observation is given twice: each series comes in one run of rows (a long file sorted by key, a wide
 * file's row) and no period repeats within its run. When that holds, the SQL duplicate check, a
 * grouping of every staged row, can be skipped; when it does not, the check runs as always.
 */
final class DuplicateGuard {

    private final BitSet finishedSeries = new BitSet();
    private int[] periodStamp = new int[64];
    private int run;
    private int runSeries = -1;
    private boolean unproven;

    void see(int series, int period) {
        if (unproven) {
            return;
        }
        if (series != runSeries) {
            if (runSeries >= 0) {
                finishedSeries.set(runSeries);
            }
            if (finishedSeries.get(series)) {
                unproven = true;
                return;
            }
            runSeries = series;
            run++;
        }
        if (period >= periodStamp.length) {
            periodStamp = Arrays.copyOf(periodStamp, Math.max(period + 1, periodStamp.length * 2));
        }
        if (periodStamp[period] == run) {
            unproven = true;
            return;
        }
        periodStamp[period] = run;
    }

    /** True when every staged key is known to be unique; false means "not proven", not "duplicated". */
    boolean noDuplicates() {
        return !unproven;
    }
}
