package org.rives.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.duckdb.DuckDBConnection;
import org.rives.connector.Cancellation;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.connector.FeedReader;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Harmoniser;
import org.rives.harmonise.MappingException;
import org.rives.harmonise.SeriesKey;
import org.rives.harmonise.ValidationReport;

/** One load on the write connection: unchanged, or read, staged, merged and committed as one transaction. */
final class LoadAttempt {

    /** The file a load reads: the archived copy, or the caller's file for a dry run. */
    record Source(Path file, String sha256, long bytes) {
    }

    private final LoadRequest request;
    private final ConnectorDefinition definition;
    private final FeedReader reader;
    private final Catalogue catalogue;
    private final LoadLog log;
    private final Source source;
    private final DefinitionHash hash;
    private final LoadListener listener;
    private final Instant started;
    private final MergeInspector inspector;
    private final ValidationReport validation;
    /** Whether staging found an observation given twice (only then is there anything to drop). */
    private boolean duplicated;
    /** The earlier load of the same bytes, when this one reads them again. */
    private Integer previous;
    private String readAgainBecause;

    LoadAttempt(LoadRequest request, ConnectorDefinition definition, FeedReader reader, Catalogue catalogue,
                LoadLog log, Source source, LoadListener listener, Instant started, MergeInspector inspector) {
        this.request = request;
        this.definition = definition;
        this.reader = reader;
        this.catalogue = catalogue;
        this.log = log;
        this.source = source;
        this.hash = DefinitionHash.of(definition, catalogue);
        this.listener = listener;
        this.started = started;
        this.inspector = inspector;
        this.validation = new ValidationReport(request.displayName());
    }

    LoadReport run(DuckDBConnection connection) throws SQLException {
        if (!request.dryRun()) {
            Optional<LoadLog.EarlierReading> earlier = log.lastReadingOf(connection, definition.id(), source.sha256());
            if (earlier.isPresent() && !mustReadAgain(earlier.get())) {
                return log.record(connection, report(LoadReport.UNCHANGED, LoadReport.Changes.NONE,
                        "identical bytes were already loaded by load " + previous + " with the same connector "
                                + "definition and catalogue; nothing changed"), hash);
            }
        }
        connection.setAutoCommit(false);
        try {
            return stageAndMerge(connection);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection, e);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Whether bytes an earlier load read must be read again, and why (kept for the report). */
    private boolean mustReadAgain(LoadLog.EarlierReading earlier) {
        previous = earlier.loadId();
        readAgainBecause = hash.changedSince(earlier.definition(), earlier.loadId());
        if (readAgainBecause == null && !earlier.allCurrent()) {
            readAgainBecause = "figures of load " + earlier.loadId() + " were revised or withdrawn since";
        }
        return readAgainBecause != null;
    }

    private LoadReport stageAndMerge(DuckDBConnection connection) throws SQLException {
        try (Statement begin = connection.createStatement()) {
            begin.execute("SELECT 1"); // opens the transaction the Appender joins
        }
        VintageMerger merger = new VintageMerger(connection, request.delta());
        enter(LoadPhase.READING);
        String failure = stage(connection, merger);
        if (failure != null) {
            return abandon(connection, LoadReport.FAILED, failure);
        }
        if (validation.rejectedCount() > 0 && !request.skipRejected()) {
            return abandon(connection, LoadReport.REJECTED, validation.rejectedCount()
                    + " rejected; nothing was loaded (fix the file, or load with skip-rejected)");
        }
        if (duplicated) {
            merger.dropDuplicates();
        }
        enter(LoadPhase.MERGING);
        int loadId = log.nextId(connection);
        VintageMerger.Changes changes = merger.merge(loadId, definition.id(), source.sha256());
        inspector.inspect(connection, loadId);
        merger.dropStaging();
        LoadReport.Changes moved = new LoadReport.Changes(changes.added(), changes.revised(), changes.withdrawn(),
                changes.unchanged());
        if (request.dryRun()) {
            connection.rollback();
            return report(LoadReport.VALIDATED, moved, "dry run: nothing was committed");
        }
        LoadReport report = log.record(connection, withId(report(LoadReport.COMMITTED, moved, "new vintage " + loadId
                + (request.delta() ? " (a delta: only the changes the file carries)" : "")
                + (readAgainBecause == null ? "" : "; read again because " + readAgainBecause)), loadId), hash);
        enter(LoadPhase.COMMITTING);
        connection.commit();
        enter(LoadPhase.COMMITTED);
        return report;
    }

    private void enter(LoadPhase phase) {
        listener.entered(definition.id(), phase);
    }

    /** Reads the file into staging; returns why the file as a whole could not be read, or null. */
    private String stage(DuckDBConnection connection, VintageMerger merger) throws SQLException {
        try (StagingWriter writer = new StagingWriter(connection);
             InputStream in = Files.newInputStream(source.file())) {
            ReadPipeline pipeline = new ReadPipeline();
            Harmoniser harmoniser = new Harmoniser(definition, catalogue, validation, pipeline);
            pipeline.run(() -> {
                reader.read(Cancellation.guard(in), request.displayName(), definition, harmoniser);
                harmoniser.finish();
            }, writer);
            enter(LoadPhase.STAGING);
            writer.finish(harmoniser.series(), harmoniser.periods());
            if (!writer.provenWithoutDuplicates()) {
                reportDuplicates(merger, harmoniser.series(), harmoniser.periods());
            }
            return null;
        } catch (FeedFormatException e) {
            validation.reject(e.line(), e.column(), e.getMessage());
            return e.getMessage();
        } catch (MappingException e) {
            validation.reject(0, 0, e.getMessage());
            return e.getMessage();
        } catch (IOException e) {
            validation.reject(0, 0, "cannot read the file: " + e.getMessage());
            return e.getMessage();
        }
    }

    private void reportDuplicates(VintageMerger merger, List<SeriesKey> series, List<String> periods)
            throws SQLException {
        for (VintageMerger.Duplicate duplicate : merger.duplicates(ValidationReport.MAX_LISTED)) {
            duplicated = true;
            SeriesKey key = series.get(duplicate.series());
            validation.duplicate(duplicate.line(), duplicate.column(), duplicate.firstLine(),
                    duplicate.firstColumn(), key.indicator() + " " + key.refArea()
                    + "/" + key.counterpartArea() + "/" + key.sex() + "/" + key.age() + "/" + key.breakdown()
                    + " " + periods.get(duplicate.period()));
        }
    }

    private LoadReport abandon(DuckDBConnection connection, LoadReport.Status status, String message) throws SQLException {
        connection.rollback();
        LoadReport report = report(status, LoadReport.Changes.NONE, message);
        if (request.dryRun()) {
            return report;
        }
        connection.setAutoCommit(true);
        return log.record(connection, report, hash);
    }

    /** Rolls back after a failure without hiding it: a rollback that fails too is attached to it. */
    private static void rollbackQuietly(DuckDBConnection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private LoadReport report(LoadReport.Status status, LoadReport.Changes changes, String message) {
        return new LoadReport(null, definition.id(), request.displayName(), source.sha256(), source.bytes(), status,
                request.dryRun(), started, Duration.between(started, Instant.now()).toMillis(), validation.rowsRead(),
                validation.cellsRead(), validation.observations(), validation.missingCells(), validation.excluded(),
                validation.filtered(), validation.rejectedCount(), changes, previous, message, validation.warnings(),
                validation.rejections());
    }

    private static LoadReport withId(LoadReport r, int id) {
        return new LoadReport(id, r.source(), r.file(), r.sha256(), r.bytes(), r.status(), r.dryRun(), r.startedAt(),
                r.durationMs(), r.rowsRead(), r.cellsRead(), r.observations(), r.missingCells(), r.excluded(),
                r.filtered(), r.rejected(), r.changes(), r.previousLoad(), r.message(), r.warnings(), r.rejections());
    }
}
