package org.rives.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Calls one request from a fixed number of threads until a number of requests is reached or a time
 * is up, whichever comes first, and reports throughput and latency percentiles.
 */
final class LatencyRun {

    /** One request; returns normally on success. */
    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    /** A fresh call per thread (each thread may hold its own connection). */
    @FunctionalInterface
    interface CallFactory {
        Call open() throws Exception;
    }

    /** What a run measured. */
    record Result(long requests, long errors, double seconds, double p50Ms, double p99Ms, String firstError) {
        String describe() {
            return String.format("%,d requests in %.1f s: %,.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors%s",
                    requests, seconds, requests / seconds, p50Ms, p99Ms, errors,
                    firstError == null ? "" : " (first: " + firstError + ")");
        }
    }

    static Result run(CallFactory factory, int threads, long maxRequests, double maxSeconds) throws Exception {
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        String[] firstError = new String[1];
        long start = System.nanoTime();
        long deadline = start + (long) (maxSeconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Call call = factory.open();
            long[] mine = new long[(int) maxRequests + 1];
            latencies.add(mine);
            Thread worker = new Thread(() -> {
                int n = 0;
                while (issued.incrementAndGet() <= maxRequests && System.nanoTime() < deadline) {
                    long before = System.nanoTime();
                    try {
                        call.run();
                    } catch (Exception e) {
                        if (errors.getAndIncrement() == 0) {
                            firstError[0] = e.toString();
                        }
                    }
                    mine[++n] = System.nanoTime() - before;
                }
                mine[0] = n;
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 1, (int) l[0] + 1)).sorted().toArray();
        return new Result(all.length, errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99), firstError[0]);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
