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

import org.duckdb.DuckDBConnection;
import org.rives.connector.Cancellation;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.connector.FeedFormatException;
import org.rives.connector.FeedReader;
import org.rives.connector.FeedReaders;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Harmoniser;
import org.rives.harmonise.MappingException;
import org.rives.harmonise.SeriesKey;
import org.rives.harmonise.ValidationReport;

/**
 * Runs a load end to end: archive the raw bytes, read and harmonise them into staging, check for
 * duplicates, merge into a new vintage, and commit, all in one DuckDB transaction. Whatever goes
 * wrong before the commit (a bad file, a rejected row, an exception, the process killed) leaves the
 * current figures exactly as they were.
 */
public final class LoadService {

    private final ConnectorRegistry connectors;
    private final FeedReaders readers;
    private final Catalogue catalogue;
    private final Database database;
    private final RawArchive archive;
    private final LoadLog log;
    private final LoadListener listener;

    public LoadService(ConnectorRegistry connectors, FeedReaders readers, Catalogue catalogue, Database database,
                       RawArchive archive, LoadListener listener) {
        this.connectors = connectors;
        this.readers = readers;
        this.catalogue = catalogue;
        this.database = database;
        this.archive = archive;
        this.log = new LoadLog();
        this.listener = listener;
    }

    public LoadReport load(LoadRequest request) throws IOException {
        ConnectorDefinition definition = connectors.find(request.connector()).orElseThrow(() ->
                new UnknownConnectorException(request.connector(),
                        connectors.all().stream().map(ConnectorDefinition::id).toList()));
        FeedReader reader = readers.forFormat(definition.format()).orElseThrow(() ->
                new IllegalArgumentException("no reader for format " + definition.format()));
        Instant started = Instant.now();
        Path file;
        String sha;
        long bytes;
        if (request.dryRun()) {
            file = request.file();
            sha = RawArchive.sha256Of(file);
            bytes = Files.size(file);
        } else {
            RawArchive.Entry entry = archive.store(request.file());
            file = entry.path();
            sha = entry.sha256();
            bytes = entry.bytes();
        }
        Attempt attempt = new Attempt(request, definition, reader, file, sha, bytes, started);
        try {
            LoadReport report = database.write(attempt::run);
            listener.loaded(report);
            return report;
        } catch (SQLException e) {
            throw new StoreException("the load of " + request.displayName() + " failed in the store: " + e.getMessage(), e);
        }
    }

    /** One load on the write connection. */
    private final class Attempt {
        private final LoadRequest request;
        private final ConnectorDefinition definition;
        private final FeedReader reader;
        private final Path file;
        private final String sha;
        private final long bytes;
        private final Instant started;
        private final ValidationReport validation;
        /** Whether staging found an observation given twice (only then is there anything to drop). */
        private boolean duplicated;

        Attempt(LoadRequest request, ConnectorDefinition definition, FeedReader reader, Path file, String sha,
                long bytes, Instant started) {
            this.request = request;
            this.definition = definition;
            this.reader = reader;
            this.file = file;
            this.sha = sha;
            this.bytes = bytes;
            this.started = started;
            this.validation = new ValidationReport(request.displayName());
        }

        LoadReport run(DuckDBConnection connection) throws SQLException {
            if (!request.dryRun()) {
                Integer previous = log.loadWithSameBytes(connection, definition.id(), sha);
                if (previous != null) {
                    return log.record(connection, report(LoadReport.UNCHANGED, LoadReport.Changes.NONE, previous,
                            "identical bytes were already loaded by load " + previous + "; nothing changed"));
                }
            }
            connection.setAutoCommit(false);
            try {
                return stageAndMerge(connection);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }

        private LoadReport stageAndMerge(DuckDBConnection connection) throws SQLException {
            try (Statement begin = connection.createStatement()) {
                begin.execute("SELECT 1"); // opens the transaction the Appender joins
            }
            VintageMerger merger = new VintageMerger(connection, request.delta());
            String failure = stage(connection);
            if (failure != null) {
                return abandon(connection, merger, LoadReport.FAILED, failure);
            }
            if (validation.rejectedCount() > 0 && !request.skipRejected()) {
                return abandon(connection, merger, LoadReport.REJECTED, validation.rejectedCount()
                        + " rejected; nothing was loaded (fix the file, or load with skip-rejected)");
            }
            if (duplicated) {
                merger.dropDuplicates();
            }
            int loadId = log.nextId(connection);
            VintageMerger.Changes changes = merger.merge(loadId);
            merger.dropStaging();
            LoadReport.Changes moved = new LoadReport.Changes(changes.added(), changes.revised(), changes.withdrawn(),
                    changes.unchanged());
            if (request.dryRun()) {
                connection.rollback();
                return report(LoadReport.VALIDATED, moved, null, "dry run: nothing was committed");
            }
            LoadReport report = log.record(connection, withId(report(LoadReport.COMMITTED, moved, null,
                    "new vintage " + loadId
                    + (request.delta() ? " (a delta: only the changes the file carries)" : "")), loadId));
            connection.commit();
            return report;
        }

        /** Reads the file into staging; returns why the file as a whole could not be read, or null. */
        private String stage(DuckDBConnection connection) throws SQLException {
            try (StagingWriter writer = new StagingWriter(connection);
                 InputStream in = Files.newInputStream(file)) {
                ReadPipeline pipeline = new ReadPipeline();
                Harmoniser harmoniser = new Harmoniser(definition, catalogue, validation, pipeline);
                pipeline.run(() -> {
                    reader.read(Cancellation.guard(in), request.displayName(), definition, harmoniser);
                    harmoniser.finish();
                }, writer);
                writer.finish(harmoniser.series(), harmoniser.periods());
                if (!writer.provenWithoutDuplicates()) {
                    reportDuplicates(new VintageMerger(connection), harmoniser.series(), harmoniser.periods());
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
                validation.duplicate(duplicate.line(), duplicate.firstLine(), key.indicator() + " " + key.refArea()
                        + "/" + key.counterpartArea() + "/" + key.sex() + "/" + key.age() + "/" + key.breakdown()
                        + " " + periods.get(duplicate.period()));
            }
        }

        private LoadReport abandon(DuckDBConnection connection, VintageMerger merger, String status, String message)
                throws SQLException {
            connection.rollback();
            LoadReport report = report(status, LoadReport.Changes.NONE, null, message);
            if (request.dryRun()) {
                return report;
            }
            connection.setAutoCommit(true);
            return log.record(connection, report);
        }

        private LoadReport report(String status, LoadReport.Changes changes, Integer previous, String message) {
            return new LoadReport(null, definition.id(), request.displayName(), sha, bytes, status, request.dryRun(),
                    started, Duration.between(started, Instant.now()).toMillis(), validation.rowsRead(),
                    validation.cellsRead(), validation.observations(), validation.missingCells(),
                    validation.excluded(), validation.filtered(), validation.rejectedCount(), changes, previous,
                    message, validation.warnings(), validation.rejections());
        }
    }

    private static LoadReport withId(LoadReport r, int id) {
        return new LoadReport(id, r.source(), r.file(), r.sha256(), r.bytes(), r.status(), r.dryRun(), r.startedAt(),
                r.durationMs(), r.rowsRead(), r.cellsRead(), r.observations(), r.missingCells(), r.excluded(),
                r.filtered(), r.rejected(), r.changes(), r.previousLoad(), r.message(), r.warnings(), r.rejections());
    }

    public Catalogue catalogue() {
        return catalogue;
    }
}
