package org.rives.upload;

import java.time.Duration;
import java.time.Instant;

import org.rives.access.Caller;
import org.rives.store.LoadReport;
import org.rives.writes.WriteJob;

/**
 * One file a token sent for a connector, held on the server from its upload to its commit or cancel:
 * so that what is committed is exactly what was dry-run (same bytes, same SHA-256), and a large file
 * crosses a slow line once. Steps (the dry run, then the commit) run as jobs of the write queue.
 */
final class Upload {

    /** A step's result: the load report and the preview of what it revises and withdraws. */
    record Outcome(LoadReport report, RevisionPreview.Preview preview) {
    }

    /** The steps an upload goes through. */
    enum Step { DRY_RUN, COMMIT }

    private final String id;
    private final Caller owner;
    private final String remote;
    private final String connector;
    private final String fileName;
    private final StagedFiles.Staged staged;
    private final Instant createdAt = Instant.now();
    private volatile Step step;
    private volatile WriteJob<Outcome> job;
    private volatile Outcome dryRun;
    private volatile Outcome commit;
    private volatile boolean cancelled;

    Upload(String id, Caller owner, String remote, String connector, String fileName, StagedFiles.Staged staged) {
        this.id = id;
        this.owner = owner;
        this.remote = remote;
        this.connector = connector;
        this.fileName = fileName;
        this.staged = staged;
    }

    synchronized void start(Step next, WriteJob<Outcome> started) {
        this.step = next;
        this.job = started;
    }

    synchronized void finished(Step done, Outcome outcome) {
        if (done == Step.DRY_RUN) {
            dryRun = outcome;
        } else {
            commit = outcome;
        }
    }

    /** Whether a step is waiting or running. */
    boolean busy() {
        WriteJob<Outcome> current = job;
        return current != null && !current.finished();
    }

    /** Whether a commit can be asked for now: not busy, not committed, not cancelled. */
    boolean committable() {
        return !busy() && commit == null && !cancelled;
    }

    /** Whether a staged file is still held for this upload (until its commit or cancel). */
    boolean holdsFile() {
        return commit == null && !cancelled;
    }

    /**
     * When the upload is dropped, file and state: {@code holdFor} after its last step ended (its state
     * stays readable that long after a commit); null while a step waits or runs.
     */
    Instant expiresAt(Duration holdFor) {
        WriteJob<Outcome> last = job;
        if (last != null && !last.finished()) {
            return null;
        }
        Instant idleSince = last == null || last.finishedAt() == null ? createdAt : last.finishedAt();
        return idleSince.plus(holdFor);
    }

    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    String id() {
        return id;
    }

    Caller owner() {
        return owner;
    }

    String remote() {
        return remote;
    }

    String connector() {
        return connector;
    }

    String fileName() {
        return fileName;
    }

    StagedFiles.Staged staged() {
        return staged;
    }

    Instant createdAt() {
        return createdAt;
    }

    Step step() {
        return step;
    }

    WriteJob<Outcome> job() {
        return job;
    }

    Outcome dryRun() {
        return dryRun;
    }

    Outcome commit() {
        return commit;
    }
}
