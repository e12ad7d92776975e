package org.rives.cli;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.connector.fetch.Freshness;
import org.rives.store.RefreshOptions;
import org.rives.store.RemoteLoads;
import org.rives.store.SourceFreshness;
import org.rives.store.SourceRefresh;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rives refresh [ID...|--all|--due]}: fetches pull sources from their publishers and loads what
 * changed, printing one line per source (committed with counts, unchanged, not modified, or failed with the
 * reason) and the progress of long downloads on standard error. Exits 1 when any source failed.
 */
@Command(name = "refresh", description = "Fetch pull sources from their publishers and load what changed; one "
        + "line per source.")
final class RefreshCommand implements Callable<Integer> {

    @ParentCommand
    RivesCommand parent;

    @ArgGroup(multiplicity = "1")
    Which which;

    /** Which sources: named ones, every pull source, or those due for a release. */
    static final class Which {
        @Parameters(arity = "1..*", paramLabel = "ID", description = "connector ids, e.g. worldbank-wdi")
        List<String> ids;

        @Option(names = "--all", description = "every pull source", required = true)
        boolean all;

        @Option(names = "--due", description = "the pull sources due or overdue for a release, or never loaded",
                required = true)
        boolean due;
    }

    @Option(names = "--full", description = "ask for every period, not only those a release may have changed, and "
            + "for the whole query where the service could answer only the changes (updatedAfter): a full replacement")
    boolean full;

    @Option(names = "--dry-run", description = "fetch and check; commit and remember nothing")
    boolean dryRun;

    @Option(names = "--rewrite", paramLabel = "FROM=TO", description = "fetch a publisher's origin from another "
            + "address (a mirror), e.g. https://ec.europa.eu=http://mirror.example/ec.europa.eu")
    List<String> rewrites = new ArrayList<>();

    @Option(names = "--progress-every", paramLabel = "SECONDS", description = "seconds between progress lines of a "
            + "long download when standard error is not a terminal (default: ${DEFAULT-VALUE})")
    int progressEvery = 10;

    @Override
    public Integer call() throws Exception {
        List<String> settings = rewrites.isEmpty() ? List.of() : List.of("--rives.fetch.rewrite=" + String.join(",", rewrites));
        try (ConfigurableApplicationContext context = parent.context(settings)) {
            ConnectorRegistry connectors = context.getBean(ConnectorRegistry.class);
            RemoteLoads remote = context.getBean(RemoteLoads.class);
            List<String> targets = targets(connectors, context.getBean(SourceFreshness.class));
            if (targets.isEmpty()) {
                System.out.println(which.due ? "no pull source is due" : "no pull source to refresh");
                return 0;
            }
            ProgressPrinter progress = new ProgressPrinter(System.err, System.console() != null, progressEvery);
            RefreshOptions options = new RefreshOptions(dryRun, full, progress);
            int exit = 0;
            for (String id : targets) {
                Line line = refresh(remote, id, options);
                progress.clear();
                System.out.println(line.text());
                exit = line.failed() ? 1 : exit;
            }
            return exit;
        }
    }

    /** A source's line in the report, and whether it failed. */
    private record Line(String text, boolean failed) {
    }

    private static Line refresh(RemoteLoads remote, String id, RefreshOptions options) throws InterruptedException {
        try {
            SourceRefresh refresh = remote.refresh(id, options);
            return new Line(refresh.summary(), !refresh.succeeded());
        } catch (RuntimeException | IOException e) {
            // an unknown id, a push source, a store error: this source fails, the others go on
            return new Line(id + ": failed: " + e.getMessage(), true);
        }
    }

    private List<String> targets(ConnectorRegistry connectors, SourceFreshness freshness) {
        if (which.ids != null) {
            return which.ids;
        }
        List<String> pull = connectors.all().stream()
                .filter(d -> d.remote() != null && d.remote().hasEndpoint()).map(ConnectorDefinition::id).toList();
        if (which.all) {
            return pull;
        }
        Instant now = Instant.now();
        return pull.stream().filter(id -> due(freshness.of(connectors.find(id).orElseThrow(), now))).toList();
    }

    private static boolean due(Freshness freshness) {
        return freshness.lastLoaded() == null || Freshness.DUE.equals(freshness.state())
                || Freshness.OVERDUE.equals(freshness.state());
    }
}
