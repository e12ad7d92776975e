package org.rives.testing;

import java.time.Duration;

import org.rives.system.StartupLoads;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before a Spring test runs against a server that loads its samples on start, waits until they are in, as a
 * client waits for readiness: the server answers at once, but its figures are complete only then. Registered
 * for every Spring test (META-INF/spring.factories); a class marked {@link DuringStartupLoads} is not waited for.
 */
public class AwaitStartupLoads implements TestExecutionListener, Ordered {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @Override
    public void prepareTestInstance(TestContext test) throws InterruptedException {
        if (test.getTestClass().isAnnotationPresent(DuringStartupLoads.class)) {
            return;
        }
        StartupLoads loads = test.getApplicationContext().getBeanProvider(StartupLoads.class).getIfAvailable();
        if (loads != null) {
            await(loads);
        }
    }

    /** Waits until the samples a server loads on start are in (or their load failed). */
    public static void await(StartupLoads loads) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (loads.progress().phase() == StartupLoads.Phase.LOADING) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the samples are still loading after " + PATIENCE.toMinutes()
                        + " minutes: " + loads.progress());
            }
            Thread.sleep(50);
        }
        if (loads.progress().phase() == StartupLoads.Phase.FAILED) {
            throw new IllegalStateException("the samples did not load: " + loads.progress().failure());
        }
    }

    /** After dependency injection, which loads the context. */
    @Override
    public int getOrder() {
        return 2100;
    }
}
