package org.rives.upload;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.rives.access.AccessException;
import org.rives.access.Caller;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.store.LoadReport;
import org.rives.store.UnknownConnectorException;

/**
 * Uploads held between their steps: received (streamed to the staging folder), dry-run, committed or
 * cancelled, each step in the write queue. A token sees its own uploads only (an admin sees all); one
 * token holds a bounded number at once, and an upload idle for {@code holdFor} is dropped (checked on
 * every call, so no thread is needed for it).
 */
public final class UploadService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConnectorRegistry connectors;
    private final StagedFiles files;
    private final UploadSteps steps;
    private final UploadProperties properties;
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

    UploadService(ConnectorRegistry connectors, StagedFiles files, UploadSteps steps, UploadProperties properties) {
        this.connectors = connectors;
        this.files = files;
        this.steps = steps;
        this.properties = properties;
    }

    long maxFileBytes() {
        return files.maxFileBytes();
    }

    Duration holdFor() {
        return properties.holdFor();
    }

    /** Checks the caller may write the connector (403, audited, before the body is read), then receives the file. */
    Upload receive(Caller caller, String remote, String connector, String claimedName, InputStream body, long announced)
            throws IOException {
        sweep();
        String fileName = FileNames.display(claimedName);
        requireWrite(caller, remote, connector, fileName);
        long held = uploads.values().stream().filter(u -> u.owner().tokenId().equals(caller.tokenId()))
                .filter(Upload::holdsFile).count();
        if (held >= properties.stagedPerToken()) {
            throw UploadProblem.tooMany((int) held);
        }
        String id = HexFormat.of().formatHex(randomBytes());
        StagedFiles.Staged staged = files.receive(id, body, announced);
        Upload upload = new Upload(id, caller, remote, connector, fileName, staged);
        uploads.put(id, upload);
        return upload;
    }

    /** Scope check: the connector exists (404) and the token may write it (403, audited). */
    void requireWrite(Caller caller, String remote, String connector, String fileName) {
        ConnectorDefinition definition = connectors.find(connector).orElseThrow(() -> new UnknownConnectorException(
                connector, connectors.all().stream().map(ConnectorDefinition::id).toList()));
        if (!caller.mayWrite(definition.id())) {
            String detail = caller.describe() + " may write " + caller.connectors() + ", not " + connector;
            steps.refused(caller, remote, connector, fileName, detail);
            throw AccessException.forbidden(detail);
        }
    }

    void dryRun(Upload upload) {
        steps.submit(upload, Upload.Step.DRY_RUN, false);
    }

    void commit(Upload upload, boolean skipRejected) {
        synchronized (upload) {
            if (!upload.committable()) {
                throw UploadProblem.conflict(upload.busy() ? "a step of this upload is still waiting or running"
                        : upload.commit() != null ? "this upload is already committed" : "this upload was cancelled");
            }
            steps.submit(upload, Upload.Step.COMMIT, skipRejected);
        }
    }

    /**
     * Drops the upload and its file. A waiting step is taken out of the line; a running dry run ends
     * first (its file is dropped then); a running commit cannot be stopped half-way (409).
     */
    void cancel(Upload upload) {
        synchronized (upload) {
            boolean running = upload.busy() && !upload.job().cancel();
            if (running && upload.step() == Upload.Step.COMMIT) {
                throw UploadProblem.conflict("the commit of this upload is running; it cannot be stopped half-way");
            }
            if (upload.holdsFile()) {
                upload.cancel();
                if (!running) {
                    files.delete(upload.staged());
                }
                steps.later(UploadSteps.entry(upload, "cancel", "cancelled", null, null));
            }
        }
    }

    /** The upload if the caller may see it (its own, or any for admin); 404 otherwise, as if it did not exist. */
    Upload find(Caller caller, String id) {
        sweep();
        Upload upload = uploads.get(id);
        if (upload == null || !(caller.isAdmin() || upload.owner().tokenId().equals(caller.tokenId()))) {
            throw UploadProblem.notFound(id);
        }
        return upload;
    }

    List<Upload> list(Caller caller) {
        sweep();
        return uploads.values().stream()
                .filter(u -> caller.isAdmin() || u.owner().tokenId().equals(caller.tokenId()))
                .sorted(Comparator.comparing(Upload::createdAt).reversed()).toList();
    }

    /**
     * The synchronous path of {@code POST /api/loads}: receive, run one step, wait for it, drop the
     * upload. The caller waits its turn in the queue like everyone else.
     */
    public LoadReport loadNow(Caller caller, String remote, String connector, String claimedName, InputStream body,
                              long announced, boolean dryRun, boolean skipRejected) throws Exception {
        Upload upload = receive(caller, remote, connector, claimedName, body, announced);
        try {
            return steps.submit(upload, dryRun ? Upload.Step.DRY_RUN : Upload.Step.COMMIT, skipRejected).await()
                    .report();
        } finally {
            uploads.remove(upload.id());
            files.delete(upload.staged());
        }
    }

    private void sweep() {
        Instant now = Instant.now();
        uploads.values().removeIf(upload -> {
            Instant expires = upload.expiresAt(properties.holdFor());
            if (expires == null || now.isBefore(expires)) {
                return false;
            }
            files.delete(upload.staged());
            return true;
        });
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
