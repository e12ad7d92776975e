package org.rives.store;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.rives.connector.FeedFormatException;
import org.rives.harmonise.ObservationWriter;

/**
 * Lets a load use two cores: the file is read and harmonised on a thread of its own, which hands its
 * observations over in batches, while the calling thread (the one holding the DuckDB connection)
 * appends them to staging. Order is kept; memory is bounded by a fixed number of reused batches, so
 * a slow side simply makes the other wait. When the appending side fails, or its thread is interrupted
 * (the load cancelled), the reading thread is interrupted, and the reader stops at its next read or row
 * ({@link org.rives.connector.Cancellation}).
 */
final class ReadPipeline implements ObservationWriter {

    /** The reading side: reads the whole file into this pipeline's {@link #append}. */
    @FunctionalInterface
    interface Reading {
        void run() throws IOException, FeedFormatException;
    }

    private static final int BATCH = 4096;
    private static final int DEPTH = 8;

    /** Observations in flight, in columns. */
    private static final class Batch {
        final int[] series = new int[BATCH];
        final int[] period = new int[BATCH];
        final double[] value = new double[BATCH];
        final String[] status = new String[BATCH];
        final String[] flags = new String[BATCH];
        final long[] line = new long[BATCH];
        final int[] column = new int[BATCH];
        int size;
    }

    private static final Batch END = new Batch();

    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(DEPTH + 2);
    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(DEPTH + 1);
    private Batch current = new Batch();

    ReadPipeline() {
        for (int i = 0; i < DEPTH; i++) {
            free.add(new Batch());
        }
    }

    /** Called on the reading thread. */
    @Override
    public void append(int series, int period, double value, String status, String flags, long line, int column) {
        Batch batch = current;
        int i = batch.size++;
        batch.series[i] = series;
        batch.period[i] = period;
        batch.value[i] = value;
        batch.status[i] = status;
        batch.flags[i] = flags;
        batch.line[i] = line;
        batch.column[i] = column;
        if (batch.size == BATCH) {
            hand(batch);
            current = waitFor(free);
        }
    }

    /**
     * Runs the reading on its own thread and appends everything it produces to {@code target} on this
     * thread; returns once both are done, rethrowing what stopped the reading.
     */
    void run(Reading reading, ObservationWriter target) throws IOException, FeedFormatException {
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(() -> {
            try {
                reading.run();
                hand(current);
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                full.offer(END); // never full: it has room for every batch there is, and this one
            }
        }, "rives-read");
        thread.start();
        try {
            drain(target);
        } catch (RuntimeException | Error e) {
            thread.interrupt(); // the reading side stops at its next hand-over
            throw e;
        } finally {
            joinUninterruptibly(thread);
        }
        rethrow(failure[0]);
    }

    private void drain(ObservationWriter target) {
        Batch batch;
        while ((batch = waitFor(full)) != END) {
            for (int i = 0; i < batch.size; i++) {
                target.append(batch.series[i], batch.period[i], batch.value[i], batch.status[i], batch.flags[i],
                        batch.line[i], batch.column[i]);
            }
            batch.size = 0;
            free.add(batch);
        }
    }

    private void hand(Batch batch) {
        try {
            full.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("the load was stopped while reading", e);
        }
    }

    private static Batch waitFor(BlockingQueue<Batch> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("the load was stopped while reading", e);
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable failure) throws IOException, FeedFormatException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof FeedFormatException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }
}
