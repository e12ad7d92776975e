package org.rives.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.connector.FeedReader;
import org.rives.connector.FeedReaders;
import org.rives.harmonise.Catalogue;

/**
 * Runs a load end to end: archive the raw bytes, read and harmonise them into staging, check for
 * duplicates, merge into a new vintage, and commit, all in one DuckDB transaction ({@link LoadAttempt}).
 * Whatever goes wrong before the commit (a bad file, a rejected row, an exception, a full disk, the
 * process killed) leaves the current figures exactly as they were.
 */
public final class LoadService {

    private final ConnectorRegistry connectors;
    private final FeedReaders readers;
    private final Catalogue catalogue;
    private final Database database;
    private final RawArchive archive;
    private final LoadLog log;
    private final LoadListener listener;

    /** Also removes the partial copies that a process killed while archiving left in the archive. */
    public LoadService(ConnectorRegistry connectors, FeedReaders readers, Catalogue catalogue, Database database,
                       RawArchive archive, LoadListener listener) {
        this.connectors = connectors;
        this.readers = readers;
        this.catalogue = catalogue;
        this.database = database;
        this.archive = archive;
        this.log = new LoadLog();
        this.listener = listener;
        archive.removeLeftovers();
    }

    public LoadReport load(LoadRequest request) throws IOException {
        return load(request, MergeInspector.NONE);
    }

    /** A load whose changes {@code inspector} sees before they are committed or rolled back. */
    public LoadReport load(LoadRequest request, MergeInspector inspector) throws IOException {
        ConnectorDefinition definition = connectors.find(request.connector()).orElseThrow(() ->
                new UnknownConnectorException(request.connector(),
                        connectors.all().stream().map(ConnectorDefinition::id).toList()));
        FeedReader reader = readers.forFormat(definition.format()).orElseThrow(() ->
                new IllegalArgumentException("no reader for format " + definition.format()));
        Instant started = Instant.now();
        LoadAttempt attempt = new LoadAttempt(request, definition, reader, catalogue, log, source(request, definition),
                listener, started, inspector);
        try {
            LoadReport report = database.write(attempt::run);
            listener.loaded(report);
            return report;
        } catch (SQLException e) {
            throw new StoreException("the load of " + request.displayName() + " failed in the store: " + e.getMessage()
                    + "; nothing was committed", e);
        }
    }

    /** The file to read: archived first, unless this is a dry run, which keeps nothing. */
    private LoadAttempt.Source source(LoadRequest request, ConnectorDefinition definition) throws IOException {
        Path file = request.file();
        if (request.dryRun()) {
            return new LoadAttempt.Source(file, RawArchive.sha256Of(file), Files.size(file));
        }
        listener.entered(definition.id(), LoadPhase.ARCHIVING);
        RawArchive.Entry entry = archive.store(file);
        return new LoadAttempt.Source(entry.path(), entry.sha256(), entry.bytes());
    }

    public Catalogue catalogue() {
        return catalogue;
    }
}
