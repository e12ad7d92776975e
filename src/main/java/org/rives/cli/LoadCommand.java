package org.rives.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.rives.access.AuditEntry;
import org.rives.access.AuditLog;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.store.Database;
import org.rives.store.FetchReport;
import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;
import org.rives.store.LoadService;
import org.rives.store.RefreshOptions;
import org.rives.store.RemoteLoads;
import org.rives.store.SourceRefresh;
import org.rives.store.UnknownConnectorException;
import org.rives.system.RivesProperties;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rives load <connector> [--file F]}: loads a file and prints the report. Without {@code --file},
 * a connector with a {@code remote.url} is fetched from its publisher (conditionally: a 304 loads
 * nothing); one without, or with {@code --samples}, loads its sample files.
 *
 * <p>The server is the one process that writes: when one holds the store, the files are sent to it
 * ({@code --server}, or {@code rives.server} / {@code RIVES_SERVER}) with the token in {@code RIVES_TOKEN},
 * and wait their turn in its queue; without a server to send to, the command says so in one line.
 */
@Command(name = "load", description = "Load a publisher's file through a connector and print the report.")
final class LoadCommand implements Callable<Integer> {

    @ParentCommand
    RivesCommand parent;

    @Parameters(index = "0", description = "connector id, e.g. worldbank-wdi")
    String connector;

    @Option(names = {"-f", "--file"}, description = "file to load; without it, the connector's remote.url if it "
            + "has one, else its sample files")
    List<Path> files = new ArrayList<>();

    @Option(names = "--samples", description = "load the connector's sample files even if it has a remote.url")
    boolean samples;

    @Option(names = "--dry-run", description = "validate only: read, harmonise, check, report; commit nothing")
    boolean dryRun;

    @Option(names = "--skip-rejected", description = "commit the good rows even if some are rejected")
    boolean skipRejected;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Option(names = "--server", description = "send the files to this running server (http://host:8080) instead "
            + "of opening the store; the token is read from RIVES_TOKEN")
    URI server;

    @Option(names = "--token-file", description = "read the token from this file instead of RIVES_TOKEN")
    Path tokenFile;

    @Override
    public Integer call() throws Exception {
        CliSettings settings = parent.settingsOnly();
        URI target = server;
        if (target == null && StoreLock.heldByAnotherProcess(settings.db())) {
            if (settings.server() == null) {
                System.err.println(settings.db() + " is in use by another process (a running Rives server?): send the "
                        + "load to it with --server http://host:port and the token in RIVES_TOKEN, or stop it first");
                return 3;
            }
            target = URI.create(settings.server());
        }
        try {
            return target == null ? locally() : throughServer(target, settings);
        } catch (UnknownConnectorException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    private int throughServer(URI target, CliSettings settings) throws Exception {
        String token = tokenFile != null ? Files.readString(tokenFile, StandardCharsets.UTF_8).strip()
                : System.getenv("RIVES_TOKEN");
        if (token == null || token.isBlank()) {
            System.err.println("the server at " + target + " needs a token: put it in RIVES_TOKEN (or --token-file)");
            return 3;
        }
        ConnectorRegistry registry = new ConnectorRegistry(Path.of(settings.rives().connectorsDir()));
        ConnectorDefinition definition = registry.find(connector).orElse(null);
        if (files.isEmpty() && !samples && definition != null && definition.remote() != null
                && definition.remote().url() != null) {
            System.err.println("the server fetches " + connector + " on its own schedule; to load a file through it, "
                    + "pass --file (or --samples)");
            return 3;
        }
        List<Path> targets = files.isEmpty() ? samples(registry, settings.rives().homePath()) : files;
        UploadClient client = new UploadClient(target, token, System.err);
        return each(targets, file -> {
            try {
                return client.load(connector, file, dryRun, skipRejected);
            } catch (UploadClient.Refused e) {
                System.err.println(e.getMessage());
                return null;
            }
        });
    }

    private int locally() throws Exception {
        try (ConfigurableApplicationContext context = parent.context()) {
            LoadService service = context.getBean(LoadService.class);
            RemoteLoads remote = context.getBean(RemoteLoads.class);
            if (files.isEmpty() && !samples && remote.isRemote(connector)) {
                return fetch(remote);
            }
            Path home = context.getBean(RivesProperties.class).homePath();
            List<Path> targets = files.isEmpty() ? samples(context.getBean(ConnectorRegistry.class), home) : files;
            LocalAudit audit = new LocalAudit(context.getBean(Database.class), context.getBean(AuditLog.class));
            return each(targets, file -> audit.recorded(service.load(new LoadRequest(connector, file,
                    file.getFileName().toString(), dryRun, skipRejected))));
        }
    }

    /** One load; null when it could not even start (the reason is already printed). */
    @FunctionalInterface
    private interface Loader {
        LoadReport load(Path file) throws Exception;
    }

    private int each(List<Path> targets, Loader loader) throws Exception {
        int exit = 0;
        for (Path file : targets) {
            if (!Files.isRegularFile(file)) {
                System.err.println(file + ": no such file");
                exit = 2;
                continue;
            }
            LoadReport report = loader.load(file);
            if (report == null) {
                return 3;
            }
            System.out.println(json ? ReportPrinter.json(report) : ReportPrinter.text(report));
            if (!report.succeeded()) {
                exit = 1;
            }
        }
        return exit;
    }

    private int fetch(RemoteLoads remote) throws Exception {
        SourceRefresh refresh = remote.refresh(connector, new RefreshOptions(dryRun, false, null));
        for (FetchReport report : refresh.parts()) {
            System.out.println(json ? ReportPrinter.JSON.writeValueAsString(report) : fetchLine(report));
            if (report.load() != null && !json) {
                System.out.println(ReportPrinter.text(report.load()));
            }
        }
        return refresh.succeeded() ? 0 : 1;
    }

    private static String fetchLine(FetchReport r) {
        return r.url() + " -> " + r.connector() + ": " + r.outcome().toUpperCase() + " (HTTP "
                + (r.httpStatus() == 0 ? "-" : String.valueOf(r.httpStatus())) + ", " + r.attempts() + " tr"
                + (r.attempts() == 1 ? "y" : "ies") + "): " + r.message();
    }

    private List<Path> samples(ConnectorRegistry registry, Path home) {
        ConnectorDefinition definition = registry.find(connector).orElseThrow(() -> new UnknownConnectorException(
                connector, registry.all().stream().map(ConnectorDefinition::id).toList()));
        return definition.samples().stream().map(home::resolve).toList();
    }

    /** Loads from the local command line are audited too: no token, the operating-system user as the caller. */
    private record LocalAudit(Database database, AuditLog audit) {
        LoadReport recorded(LoadReport report) throws SQLException {
            AuditEntry entry = AuditEntry.of(null, System.getProperty("user.name"), report.dryRun() ? "dry-run" : "load",
                    report.source(), report.file(), report.sha256(), report.bytes(), report.status(), report.loadId(),
                    report.message());
            database.write(connection -> {
                audit.record(connection, entry);
                return null;
            });
            return report;
        }
    }
}
