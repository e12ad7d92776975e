package org.rives.store;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.connector.fetch.FetchResult;
import org.rives.connector.fetch.Fetcher;
import org.rives.connector.fetch.Validators;

/**
 * Refreshes a connector from its {@code remote.url}: fetch (conditionally, with the validators of the
 * last load), then hand the complete file to the {@link LoadService}, which archives the bytes before
 * reading them. The validators are remembered only once the fetched file has loaded, so a file that
 * failed is fetched in full again next time instead of being answered 304 for ever.
 */
public final class RemoteLoads {

    private final ConnectorRegistry connectors;
    private final Fetcher fetcher;
    private final LoadService loads;
    private final Database database;
    private final Path workDir;
    private final FetchStateLog states = new FetchStateLog();

    public RemoteLoads(ConnectorRegistry connectors, Fetcher fetcher, LoadService loads, Database database,
                       Path workDir) {
        this.connectors = connectors;
        this.fetcher = fetcher;
        this.loads = loads;
        this.database = database;
        this.workDir = workDir;
    }

    /** True when the connector names a URL to fetch. */
    public boolean isRemote(String connector) {
        return connectors.find(connector).map(d -> d.remote() != null && d.remote().url() != null).orElse(false);
    }

    /**
     * Fetches and loads. A dry run sends no validators (the point is to see the whole file) and
     * remembers nothing.
     */
    public FetchReport refresh(String connector, boolean dryRun) throws IOException, InterruptedException {
        ConnectorDefinition definition = connectors.find(connector).orElseThrow(() -> new UnknownConnectorException(
                connector, connectors.all().stream().map(ConnectorDefinition::id).toList()));
        if (definition.remote() == null || definition.remote().url() == null) {
            throw new IllegalArgumentException("connector " + connector + " has no remote.url to fetch");
        }
        String url = definition.remote().url();
        FetchStateLog.State previous = read(connector);
        Validators validators = dryRun || previous == null || !url.equals(previous.url()) ? Validators.NONE
                : previous.validators();
        FetchResult fetched = fetcher.fetch(URI.create(url), definition.remote().accept(), validators,
                definition.remote().maxBytes(), workDir);
        Instant now = Instant.now();
        if (fetched.outcome() != FetchResult.Outcome.FETCHED) {
            if (!dryRun) {
                remember(connector, previous, url, validators, now, fetched.outcome().label(), fetched.message(), null);
            }
            return report(connector, fetched, null);
        }
        try {
            LoadReport load = loads.load(new LoadRequest(connector, fetched.file(), displayName(url, connector), dryRun,
                    false));
            if (!dryRun) {
                boolean loaded = load.succeeded();
                remember(connector, previous, url, loaded ? fetched.validators() : validators, now,
                        loaded ? "fetched" : "failed", loaded ? fetched.message() : "fetched, but the load was "
                                + load.status() + ": " + load.message(), loaded ? load.sha256() : null);
            }
            return report(connector, fetched, load);
        } finally {
            Files.deleteIfExists(fetched.file());
        }
    }

    private FetchStateLog.State read(String connector) {
        try (Database.ReadConnection read = database.read()) {
            return states.find(read.connection(), connector).orElse(null);
        } catch (SQLException e) {
            throw new StoreException("cannot read the fetch state of " + connector + ": " + e.getMessage(), e);
        }
    }

    private void remember(String connector, FetchStateLog.State previous, String url, Validators validators,
                          Instant checked, String status, String message, String sha) {
        boolean fetched = sha != null;
        FetchStateLog.State state = new FetchStateLog.State(url, validators,
                "failed".equals(status) && previous != null ? previous.checkedAt() : checked,
                fetched ? checked : previous == null ? null : previous.fetchedAt(), status, message,
                fetched ? sha : previous == null ? null : previous.sha256());
        try {
            database.write(connection -> {
                states.save(connection, connector, state);
                return null;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot save the fetch state of " + connector + ": " + e.getMessage(), e);
        }
    }

    private static FetchReport report(String connector, FetchResult fetched, LoadReport load) {
        return new FetchReport(connector, fetched.url(), fetched.outcome().label(), fetched.httpStatus(),
                fetched.attempts(), fetched.bytes(), fetched.message(), load);
    }

    /** The report names the file as the publisher does: the last segment of the URL's path. */
    static String displayName(String url, String connector) {
        String path = URI.create(url).getPath();
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? connector : URLDecoder.decode(last, StandardCharsets.UTF_8);
    }
}
