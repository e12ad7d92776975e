package org.rives.upload;

import java.sql.SQLException;
import java.util.concurrent.Callable;

import org.rives.access.AuditEntry;
import org.rives.access.AuditLog;
import org.rives.access.Caller;
import org.rives.store.Database;
import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;
import org.rives.store.LoadService;
import org.rives.store.StoreException;
import org.rives.writes.QueueFullException;
import org.rives.writes.WriteJob;
import org.rives.writes.WriteQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of an upload as jobs of the write queue: a dry run or a commit of the staged file through
 * the {@link LoadService}, with the revision preview, each step audited as it ends.
 */
final class UploadSteps {

    private static final Logger LOG = LoggerFactory.getLogger(UploadSteps.class);

    private final LoadService loads;
    private final Database database;
    private final WriteQueue queue;
    private final StagedFiles files;
    private final AuditLog audit;
    private final int previewSize;

    UploadSteps(LoadService loads, Database database, WriteQueue queue, StagedFiles files, AuditLog audit,
                int previewSize) {
        this.loads = loads;
        this.database = database;
        this.queue = queue;
        this.files = files;
        this.audit = audit;
        this.previewSize = previewSize;
    }

    /** Puts the step in line; 503 when the line is full. */
    WriteJob<Upload.Outcome> submit(Upload upload, Upload.Step step, boolean skipRejected) {
        try {
            WriteJob<Upload.Outcome> job = queue.submit(upload.connector(), () -> run(upload, step, skipRejected));
            upload.start(step, job);
            return job;
        } catch (QueueFullException e) {
            throw UploadProblem.busy(e.getMessage());
        }
    }

    private Upload.Outcome run(Upload upload, Upload.Step step, boolean skipRejected) throws Exception {
        String action = step == Upload.Step.DRY_RUN ? "dry-run" : "commit";
        RevisionPreview preview = new RevisionPreview(previewSize);
        LoadReport report;
        try {
            report = loads.load(new LoadRequest(upload.connector(), upload.staged().path(), upload.fileName(),
                    step == Upload.Step.DRY_RUN, skipRejected), preview);
        } catch (Exception e) {
            record(upload, action, LoadReport.FAILED, null, e.getMessage());
            throw e;
        }
        Upload.Outcome outcome = new Upload.Outcome(report, preview.preview());
        upload.finished(step, outcome);
        if (step == Upload.Step.COMMIT || upload.cancelled()) {
            files.delete(upload.staged());
        }
        record(upload, action, report.status(), report.loadId(), report.message());
        return outcome;
    }

    /** The audit entry of an upload's step. */
    static AuditEntry entry(Upload upload, String action, String result, Integer loadId, String detail) {
        return AuditEntry.of(upload.owner(), upload.remote(), action, upload.connector(), upload.fileName(),
                upload.staged().sha256(), upload.staged().bytes(), result, loadId, detail);
    }

    /** Audits a refused upload; see {@link #later}. */
    void refused(Caller caller, String remote, String connector, String fileName, String detail) {
        later(AuditEntry.of(caller, remote, "upload", connector, fileName, null, null, "forbidden", null, detail));
    }

    /**
     * Audits from a request thread through the queue, so that the answer never waits for a running
     * load; when the queue is full the entry is only logged.
     */
    void later(AuditEntry entry) {
        try {
            queue.submit(entry.connector(), () -> {
                write(entry);
                return null;
            });
        } catch (QueueFullException e) {
            LOG.warn("the write queue is full; audit entry only logged: {}", entry);
        }
    }

    private void record(Upload upload, String action, String result, Integer loadId, String detail) {
        write(entry(upload, action, result, loadId, detail));
    }

    private void write(AuditEntry entry) {
        try {
            database.write(connection -> {
                audit.record(connection, entry);
                return null;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot write the audit: " + e.getMessage(), e);
        }
    }
}
