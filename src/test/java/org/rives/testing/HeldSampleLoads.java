package org.rives.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.rives.store.LoadListener;
import org.rives.store.LoadReport;

/**
 * A deliberately slow start-up load: imported into a test's context, this listener holds the loading thread back
 * after the first sample is committed, until the test lets it go. The server is then where a slow load leaves it,
 * with part of the samples in the store.
 */
public class HeldSampleLoads implements LoadListener {

    private static final long PATIENCE_MINUTES = 5;

    private final CountDownLatch firstCommitted = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    @Override
    public void loaded(LoadReport report) {
        firstCommitted.countDown();
        try {
            // bounded, so that a test that fails before it lets go does not hang the build
            released.await(PATIENCE_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the first sample is in the store and the others are held back. */
    public void awaitFirstSample() throws InterruptedException {
        if (!firstCommitted.await(PATIENCE_MINUTES, TimeUnit.MINUTES)) {
            throw new IllegalStateException("no sample was loaded in " + PATIENCE_MINUTES + " minutes");
        }
    }

    /** Lets the loads go on. */
    public void release() {
        released.countDown();
    }
}
