package org.rives.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.connector.ServiceQuery;
import org.rives.connector.fetch.DisplayNames;
import org.rives.connector.fetch.FetchResult;
import org.rives.connector.fetch.RemoteDownload;
import org.rives.connector.fetch.UrlTemplate;
import org.rives.connector.fetch.Validators;

/**
 * Refreshes a pull connector from its publisher: each URL of its {@code remote} is resolved (period window,
 * current year), fetched conditionally with the validators of the last load, and the complete file handed to
 * the {@link LoadService}, which archives the bytes before reading them. Each file is its own load. The
 * validators are remembered only once the fetched file has loaded, so a file that failed is fetched in full
 * again next time instead of being answered 304 for ever.
 */
public final class RemoteLoads {

    private final ConnectorRegistry connectors;
    private final RemoteDownload download;
    private final LoadService loads;
    private final Database database;
    private final Path workDir;
    private final Clock clock;
    private final FetchStateLog states = new FetchStateLog();

    private static final int NO_RESULTS = 404;

    public RemoteLoads(ConnectorRegistry connectors, RemoteDownload download, LoadService loads, Database database,
                       Path workDir, Clock clock) {
        this.connectors = connectors;
        this.download = download;
        this.loads = loads;
        this.database = database;
        this.workDir = workDir;
        this.clock = clock;
    }

    /** True when the connector names an endpoint to fetch (a pull source). */
    public boolean isRemote(String connector) {
        return connectors.find(connector).map(RemoteLoads::pulls).orElse(false);
    }

    static boolean pulls(ConnectorDefinition definition) {
        return definition.remote() != null && definition.remote().hasEndpoint();
    }

    /** Fetches and loads every file of the connector's remote, in order. */
    public SourceRefresh refresh(String connector, RefreshOptions options) throws IOException, InterruptedException {
        ConnectorDefinition definition = connectors.find(connector).orElseThrow(() -> new UnknownConnectorException(
                connector, connectors.all().stream().map(ConnectorDefinition::id).toList()));
        if (!pulls(definition)) {
            throw new IllegalArgumentException("connector " + connector + " has no remote.url to fetch: its files are "
                    + "uploaded (push)");
        }
        List<String> templates = definition.remote().requests();
        List<FetchReport> parts = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            String key = templates.size() == 1 ? connector : connector + "#" + (i + 1);
            parts.add(part(definition, key, new UrlTemplate(templates.get(i)), options));
        }
        return new SourceRefresh(connector, parts);
    }

    private FetchReport part(ConnectorDefinition definition, String key, UrlTemplate template, RefreshOptions options)
            throws IOException, InterruptedException {
        FetchStateLog.State previous = options.dryRun() ? null : read(key);
        String url = template.resolve(definition.remote().window(), previous == null ? null : previous.checkedAt(),
                options.full() || options.dryRun(), clock);
        Instant since = changesSince(definition, previous, options);
        if (since != null) {
            url = ((ServiceQuery) definition.options()).changesSince(since.toString());
        }
        Validators validators = since != null ? Validators.NONE : validators(previous, url, template);
        Instant now = clock.instant(); // before the request: what changes after it, the next delta asks for
        FetchResult fetched = download.download(definition.remote(), url, validators, workDir, options.progress());
        if (since != null && fetched.outcome() == FetchResult.Outcome.FAILED && fetched.httpStatus() == NO_RESULTS) {
            fetched = nothingChangedSince(fetched, since);
        }
        if (fetched.outcome() != FetchResult.Outcome.FETCHED) {
            if (!options.dryRun()) {
                remember(key, previous, url, validators, now, fetched.outcome().label(), fetched.message(), null);
            }
            return report(definition.id(), fetched, null);
        }
        try {
            String name = fetched.fileName() != null ? fetched.fileName() : DisplayNames.ofUrl(url, definition.id());
            LoadReport load = loads.load(new LoadRequest(definition.id(), fetched.file(), name, options.dryRun(), false,
                    since != null));
            if (!options.dryRun()) {
                boolean loaded = load.succeeded();
                remember(key, previous, url, loaded ? fetched.validators() : validators, now,
                        loaded ? "fetched" : "failed", loaded ? fetched.message() : "fetched, but the load was "
                                + load.status() + ": " + load.message(), loaded ? load.sha256() : null);
            }
            return report(definition.id(), fetched, load);
        } finally {
            Files.deleteIfExists(fetched.file());
        }
    }

    /**
     * When to ask for changes since: the time the last successful fetch was sent, for a connector whose service
     * answers {@code updatedAfter} with the changes only; null for a full fetch (the first, a {@code --full}
     * refresh, a dry run, or a service that cannot tell changes).
     */
    private static Instant changesSince(ConnectorDefinition definition, FetchStateLog.State previous,
                                        RefreshOptions options) {
        boolean incremental = definition.options() instanceof ServiceQuery query && query.incremental();
        if (!incremental || options.full() || options.dryRun() || previous == null || previous.sha256() == null) {
            return null;
        }
        return previous.fetchedAt();
    }

    /** SDMX REST answers 404 "No results found" to an {@code updatedAfter} query when nothing changed since. */
    private static FetchResult nothingChangedSince(FetchResult fetched, Instant since) {
        return new FetchResult(FetchResult.Outcome.NOT_MODIFIED, fetched.url(), null, 0, fetched.httpStatus(),
                fetched.attempts(), Validators.NONE, "nothing changed since " + since + " (the service found no "
                + "results for updatedAfter)", null);
    }

    /**
     * All the validators for the same URL; only the date for the same query with a moved window or year (the
     * publisher can still say nothing changed since); none for a query the connector did not ask before.
     */
    private static Validators validators(FetchStateLog.State previous, String url, UrlTemplate template) {
        if (previous == null) {
            return Validators.NONE;
        }
        if (url.equals(previous.url())) {
            return previous.validators();
        }
        return template.resolved(previous.url()) ? previous.validators().dateOnly() : Validators.NONE;
    }

    private FetchStateLog.State read(String key) {
        try (Database.ReadConnection read = database.read()) {
            return states.find(read.connection(), key).orElse(null);
        } catch (SQLException e) {
            throw new StoreException("cannot read the fetch state of " + key + ": " + e.getMessage(), e);
        }
    }

    private void remember(String key, FetchStateLog.State previous, String url, Validators validators,
                          Instant checked, String status, String message, String sha) {
        boolean fetched = sha != null;
        boolean failed = "failed".equals(status);
        FetchStateLog.State state = new FetchStateLog.State(failed && previous != null ? previous.url() : url,
                failed && previous != null ? previous.validators() : validators,
                failed && previous != null ? previous.checkedAt() : failed ? null : checked,
                fetched ? checked : previous == null ? null : previous.fetchedAt(), status, message,
                fetched ? sha : previous == null ? null : previous.sha256());
        try {
            database.write(connection -> {
                states.save(connection, key, state);
                return null;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot save the fetch state of " + key + ": " + e.getMessage(), e);
        }
    }

    private static FetchReport report(String connector, FetchResult fetched, LoadReport load) {
        return new FetchReport(connector, fetched.url(), fetched.outcome().label(), fetched.httpStatus(),
                fetched.attempts(), fetched.bytes(), fetched.message(), load);
    }
}
