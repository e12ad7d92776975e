package org.rives.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Java heap used during one phase, two ways: the sum of every heap pool's peak (an upper bound: the
 * young pools fill up to their size before each collection, whatever is live), and the largest heap
 * left after a collection (what the phase really keeps live). DuckDB's own memory is native and not
 * counted here.
 */
final class HeapMeter {

    /** Peaks of one phase, in bytes. */
    record Peak(long poolPeaks, long liveAfterGc, int collections) {
        String describe() {
            return String.format("peak heap %d MB (pool peaks), %d MB live after GC (%d GCs)",
                    poolPeaks >> 20, liveAfterGc >> 20, collections);
        }
    }

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final AtomicLong liveAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();

    HeapMeter() {
        NotificationListener listener = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = 0;
            for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                used += usage.getUsed();
            }
            // non-heap pools (metaspace, code cache) are in the map too; remove them
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                if (pool.getType() != MemoryType.HEAP && usage != null) {
                    used -= usage.getUsed();
                }
            }
            liveAfterGc.accumulateAndGet(used, Math::max);
            collections.incrementAndGet();
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
    }

    /** Collects what earlier phases left, then starts counting afresh. */
    void start() {
        System.gc();
        try {
            Thread.sleep(200); // GC notifications arrive on their own thread: let this one pass
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        liveAfterGc.set(0);
        collections.set(0);
    }

    Peak stop() {
        long peaks = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Peak(peaks, liveAfterGc.get(), (int) collections.get());
    }
}
