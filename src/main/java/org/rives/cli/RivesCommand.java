package org.rives.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.rives.RivesApplication;
import org.rives.store.StoreException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line of the Rives jar. Commands share the server's wiring, without its web layer. */
@Command(name = "rives", mixinStandardHelpOptions = true, version = "Rives 0.1",
        description = "Migration-data aggregator for the observatories of the 5+5 Dialogue.",
        subcommands = {RivesCommand.ServeCommand.class, LoadCommand.class, ValidateCommand.class, ReportCommand.class,
                RefreshCommand.class, ExportCommand.class, TokenCommand.class, ProviderCommand.class})
public final class RivesCommand implements Callable<Integer> {

    @Option(names = "--db", description = "DuckDB file (default: data/rives.duckdb)", scope = CommandLine.ScopeType.INHERIT)
    String db;

    @Option(names = "--home", description = "folder holding connectors/ and sample-data/ (default: .)",
            scope = CommandLine.ScopeType.INHERIT)
    String home;

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    private static final Set<String> COMMANDS = Set.of("load", "validate", "report", "refresh", "export", "token",
            "provider", "help");
    private static final Set<String> OWN_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    /** The server runs unless a command other than {@code serve} (or help) is named. */
    public static boolean isServe(String[] args) {
        return Arrays.stream(args).noneMatch(arg -> COMMANDS.contains(arg) || OWN_OPTIONS.contains(arg));
    }

    /**
     * Spring arguments for the server: the optional {@code serve} word dropped, and this command's own
     * {@code --db}/{@code --home} turned into the properties they stand for.
     */
    public static String[] serverArguments(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("serve".equals(arg)) {
                continue;
            }
            if (("--db".equals(arg) || "--home".equals(arg)) && i + 1 < args.length) {
                out.add("--rives." + arg.substring(2) + "=" + args[++i]);
            } else if (arg.startsWith("--db=") || arg.startsWith("--home=")) {
                out.add("--rives." + arg.substring(2));
            } else {
                out.add(arg);
            }
        }
        return out.toArray(String[]::new);
    }

    public static int run(String[] args) {
        return new CommandLine(new RivesCommand()).setExecutionExceptionHandler(RivesCommand::storeFailure)
                .execute(args);
    }

    /** The store failing (a full disk, a locked file) is told in one line, not as a stack trace. */
    private static int storeFailure(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreException failure) {
                command.getErr().println("rives: " + failure.getMessage());
                return 1;
            }
        }
        throw e;
    }

    /** Starts the application context without the web server, with this command's settings. */
    ConfigurableApplicationContext context() {
        return context(List.of());
    }

    /** As {@link #context()}, with more settings ({@code --name=value}) from the subcommand's options. */
    ConfigurableApplicationContext context(List<String> more) {
        return new SpringApplicationBuilder(RivesApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(settings(more));
    }

    /**
     * Only the settings, resolved as the server resolves them (application.properties, environment,
     * {@code --db}, {@code --home}), without opening the store: for the commands that must work while a
     * server holds it.
     */
    CliSettings settingsOnly() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CliSettings.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(settings(List.of()))) {
            return context.getBean(CliSettings.class);
        }
    }

    private String[] settings(List<String> more) {
        List<String> settings = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--rives.load-samples-on-start=false"));
        settings.addAll(more);
        if (db != null) {
            settings.add("--rives.db=" + db);
        }
        if (home != null) {
            settings.add("--rives.home=" + home);
        }
        return settings.toArray(String[]::new);
    }

    /** Placeholder so that {@code rives serve --help} documents the server. */
    @Command(name = "serve", description = "Start the server (the default when no command is given).")
    static final class ServeCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            return 0;
        }
    }
}
