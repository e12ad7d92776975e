package org.rives.writes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The line in front of the store's one writer. Uploads, their dry runs and scheduled fetches are
 * submitted here and run one at a time, in the order they came, on one thread: a second upload for a
 * connector waits its turn (its position can be read while it waits) instead of meeting a locked file.
 * Readers are not in this line: they read the last committed vintage while a load runs.
 */
public final class WriteQueue implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WriteQueue.class);

    private final int capacity;
    private final LinkedBlockingDeque<WriteJob<?>> waiting = new LinkedBlockingDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private final Thread writer;
    private volatile WriteJob<?> running;
    private volatile boolean closed;

    /** @param capacity how many jobs may wait at once; beyond, {@link #submit} refuses (the caller retries later) */
    public WriteQueue(int capacity) {
        this.capacity = capacity;
        this.writer = new Thread(this::drain, "rives-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Puts work in line for the writer and returns at once.
     *
     * @param connector the connector the work writes for (shown with the job; the line is one for all)
     * @throws QueueFullException when {@code capacity} jobs are already waiting, or the queue is closed
     */
    public <T> WriteJob<T> submit(String connector, Callable<T> work) {
        synchronized (waiting) {
            if (closed) {
                throw new QueueFullException("the server is shutting down; try again once it is back");
            }
            if (waiting.size() >= capacity) {
                throw new QueueFullException(capacity + " writes are already waiting; try again in a minute");
            }
            WriteJob<T> job = new WriteJob<>(ids.incrementAndGet(), connector, work, this);
            waiting.addLast(job);
            return job;
        }
    }

    /** Jobs ahead of this one, the running one included; -1 once it has finished. */
    int position(WriteJob<?> job) {
        if (job.finished()) {
            return -1;
        }
        if (job == running) {
            return 0;
        }
        int ahead = running == null ? 0 : 1;
        synchronized (waiting) {
            for (WriteJob<?> other : waiting) {
                if (other == job) {
                    return ahead;
                }
                ahead++;
            }
        }
        return 0; // taken by the writer a moment ago
    }

    boolean cancel(WriteJob<?> job) {
        synchronized (waiting) {
            if (!waiting.remove(job)) {
                return false;
            }
        }
        job.cancelled();
        return true;
    }

    /** What is running and waiting now, in order. */
    public List<WriteJob<?>> snapshot() {
        List<WriteJob<?>> jobs = new ArrayList<>();
        WriteJob<?> current = running;
        if (current != null) {
            jobs.add(current);
        }
        synchronized (waiting) {
            jobs.addAll(waiting);
        }
        return jobs;
    }

    private void drain() {
        while (!closed || !waiting.isEmpty()) {
            WriteJob<?> job;
            try {
                job = waiting.pollFirst(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (job == null) {
                continue;
            }
            running = job;
            try {
                job.run();
            } finally {
                running = null;
            }
        }
    }

    /**
     * Stops taking work, cancels what waits and lets the running job finish (a load is never cut
     * short: it commits or rolls back), waiting at most {@code seconds}.
     */
    public void close(long seconds) {
        List<WriteJob<?>> dropped = new ArrayList<>();
        synchronized (waiting) {
            closed = true;
            waiting.drainTo(dropped);
        }
        dropped.forEach(WriteJob::cancelled);
        WriteJob<?> current = running;
        if (current != null) {
            LOG.info("waiting up to {} s for the running write (connector {}) to finish", seconds, current.connector());
        }
        try {
            // never interrupted: an interrupt would close the file channel a load is reading
            writer.join(TimeUnit.SECONDS.toMillis(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(60);
    }
}
