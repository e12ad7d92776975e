package org.rives.upload;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.rives.writes.WriteJob;

/**
 * An upload as {@code /api/uploads/{id}} gives it, for the upload page to poll: where its current step
 * stands (waiting with its place in the line, running, done), and the reports of its dry run and
 * commit with their previews of revised and withdrawn figures.
 *
 * @param step      {@code dry-run} or {@code commit}: the last step asked for
 * @param state     {@code waiting}, {@code running}, {@code done}, {@code failed} or {@code cancelled}
 * @param position  writes ahead of this one in the queue (0: running now); null once the step has ended
 * @param problem   why the step failed, when it did
 * @param expiresAt when the upload is dropped if nothing more is asked; null while a step waits or runs
 */
public record UploadView(String id, String connector, String file, long bytes, String sha256, Instant createdAt,
                         Instant expiresAt, String step, String state, Integer position, long elapsedMs,
                         String problem, Upload.Outcome dryRun, Upload.Outcome commit, boolean committable) {

    static UploadView of(Upload upload, Duration holdFor) {
        WriteJob<Upload.Outcome> job = upload.job();
        String state = job == null ? "waiting" : job.state().name().toLowerCase(Locale.ROOT);
        Integer position = job == null || job.finished() ? null : Math.max(0, job.position());
        Throwable failure = job == null ? null : job.failure();
        return new UploadView(upload.id(), upload.connector(), upload.fileName(), upload.staged().bytes(),
                upload.staged().sha256(), upload.createdAt(), upload.expiresAt(holdFor),
                upload.step() == Upload.Step.COMMIT ? "commit" : "dry-run", upload.cancelled() ? "cancelled" : state,
                position, job == null ? 0 : job.elapsed().toMillis(),
                failure == null ? null : "the load could not run: " + failure.getMessage(),
                upload.dryRun(), upload.commit(), upload.committable());
    }
}
