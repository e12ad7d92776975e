package org.rives.testing;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * How much heap a piece of work kept alive: the most heap in use just after any garbage collection while
 * it ran (what was still reachable then), less what was in use before it began (what the test had built
 * for it, or earlier tests left), not the peak of allocations, which garbage inflates. For hostile tests
 * that run under a small heap and say how much of it they needed.
 */
public final class HeapPeak {

    private HeapPeak() {
    }

    /** Runs the work and returns the most heap it kept alive, in megabytes, printing it with the case's name. */
    public static long of(String name, Work work) throws Exception {
        AtomicLong most = new AtomicLong();
        NotificationListener listener = (notification, handback) -> most.accumulateAndGet(afterCollection(notification),
                Math::max);
        List<NotificationEmitter> emitters = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean.class::cast).filter(NotificationEmitter.class::isInstance)
                .map(NotificationEmitter.class::cast).toList();
        System.gc();
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        emitters.forEach(emitter -> emitter.addNotificationListener(listener, null, null));
        try {
            work.run();
            TimeUnit.MILLISECONDS.sleep(200); // notifications arrive on a thread of their own
        } finally {
            for (NotificationEmitter emitter : emitters) {
                emitter.removeNotificationListener(listener);
            }
        }
        long megabytes = Math.max(0, most.get() - before) >> 20;
        System.out.printf(Locale.ROOT, "heap kept alive by %-56s %4d MB (heap %d MB)%n", name, megabytes,
                Runtime.getRuntime().maxMemory() >> 20);
        return megabytes;
    }

    private static long afterCollection(Notification notification) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return 0;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        Map<String, MemoryUsage> after = info.getGcInfo().getMemoryUsageAfterGc();
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .map(pool -> after.get(pool.getName())).filter(usage -> usage != null)
                .mapToLong(MemoryUsage::getUsed).sum();
    }

    /** A piece of work that may throw. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }
}
