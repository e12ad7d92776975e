package org.rives.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;
import org.rives.store.FetchReport;
import org.rives.store.LoadService;
import org.rives.store.RefreshOptions;
import org.rives.store.RemoteLoads;
import org.rives.store.SourceRefresh;
import org.rives.store.UnknownConnectorException;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rives load <connector> [--file F]}: loads a file and prints the report. Without {@code --file},
 * a connector with a {@code remote.url} is fetched from its publisher (conditionally: a 304 loads
 * nothing); one without, or with {@code --samples}, loads its sample files.
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

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = parent.context()) {
            LoadService service = context.getBean(LoadService.class);
            RemoteLoads remote = context.getBean(RemoteLoads.class);
            if (files.isEmpty() && !samples && remote.isRemote(connector)) {
                return fetch(remote);
            }
            List<Path> targets = files.isEmpty() ? samples(context.getBean(ConnectorRegistry.class)) : files;
            int exit = 0;
            for (Path file : targets) {
                if (!Files.isRegularFile(file)) {
                    System.err.println(file + ": no such file");
                    exit = 2;
                    continue;
                }
                LoadReport report = service.load(new LoadRequest(connector, file, file.getFileName().toString(),
                        dryRun, skipRejected));
                System.out.println(json ? ReportPrinter.json(report) : ReportPrinter.text(report));
                if (!report.succeeded()) {
                    exit = 1;
                }
            }
            return exit;
        } catch (UnknownConnectorException e) {
            System.err.println(e.getMessage());
            return 2;
        }
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

    private List<Path> samples(ConnectorRegistry registry) {
        ConnectorDefinition definition = registry.find(connector).orElseThrow(() -> new UnknownConnectorException(
                connector, registry.all().stream().map(ConnectorDefinition::id).toList()));
        Path home = parent.home == null ? Path.of(".") : Path.of(parent.home);
        return definition.samples().stream().map(home::resolve).toList();
    }
}
