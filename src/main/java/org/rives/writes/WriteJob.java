package org.rives.writes;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One piece of work waiting for, or done by, the store's one writer: an upload's dry run or commit, a
 * scheduled fetch. Its state and its place in the line are read by whoever submitted it (the upload
 * page polls them); its result is awaited by whoever needs it.
 *
 * @param <T> what the work returns (a load report, a fetch report)
 */
public final class WriteJob<T> {

    /** Where a job stands. */
    public enum State { WAITING, RUNNING, DONE, FAILED, CANCELLED }

    private final long id;
    private final String connector;
    private final Callable<T> work;
    private final WriteQueue queue;
    private final Instant submittedAt = Instant.now();
    private final CompletableFuture<T> outcome = new CompletableFuture<>();
    private volatile State state = State.WAITING;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;

    WriteJob(long id, String connector, Callable<T> work, WriteQueue queue) {
        this.id = id;
        this.connector = connector;
        this.work = work;
        this.queue = queue;
    }

    public long id() {
        return id;
    }

    public String connector() {
        return connector;
    }

    public State state() {
        return state;
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED || state == State.CANCELLED;
    }

    /** How many jobs will run before this one: 0 while it runs (or is next and about to), -1 once finished. */
    public int position() {
        return queue.position(this);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** Time spent waiting and then running, up to now or to the end. */
    public Duration elapsed() {
        return Duration.between(submittedAt, finishedAt == null ? Instant.now() : finishedAt);
    }

    /** The result once done, or null; never blocks. */
    public T resultNow() {
        return state == State.DONE ? outcome.join() : null;
    }

    /** What made the job fail, or null. */
    public Throwable failure() {
        if (state != State.FAILED) {
            return null;
        }
        try {
            outcome.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    /**
     * Waits for the job and gives its result; a job that failed throws what its work threw, as it
     * would have thrown had it run on the caller's thread.
     */
    public T await() throws Exception {
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
        }
    }

    /** Takes the job out of the line if it has not started; a running job always finishes. */
    public boolean cancel() {
        return queue.cancel(this);
    }

    void run() {
        startedAt = Instant.now();
        state = State.RUNNING;
        try {
            outcome.complete(work.call());
            finish(State.DONE);
        } catch (Throwable t) {
            // even an OutOfMemoryError ends only this job: the writer goes on with the next one
            outcome.completeExceptionally(t);
            finish(State.FAILED);
        }
    }

    void cancelled() {
        finish(State.CANCELLED);
        outcome.cancel(false);
    }

    private void finish(State end) {
        finishedAt = Instant.now();
        state = end;
    }
}
