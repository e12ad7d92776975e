package org.rives.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

import org.rives.compare.Values;
import org.rives.error.ParameterException;
import org.rives.web.FollowUpReport;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rives report --out report.html [--since DATE] [--lang fr]}: the follow-up report as a file to print. */
@Command(name = "report", description = "Write the follow-up report (HTML, prints to PDF from a browser).")
final class ReportCommand implements Callable<Integer> {

    private static final Set<String> LANGUAGES = Set.of("en", "fr", "ar");

    @ParentCommand
    RivesCommand parent;

    @Option(names = {"-o", "--out"}, required = true, description = "the HTML file to write")
    Path out;

    @Option(names = "--since", description = "list what changed since this date (2025-06-01) or instant")
    String since;

    @Option(names = "--lang", defaultValue = "en", description = "en, fr or ar (default: ${DEFAULT-VALUE})")
    String lang;

    @Override
    public Integer call() throws Exception {
        if (!LANGUAGES.contains(lang)) {
            System.err.println("--lang must be one of en, fr, ar");
            return 2;
        }
        try (ConfigurableApplicationContext context = parent.context()) {
            String html = context.getBean(FollowUpReport.class).html(Values.optionalSince("--since", since), lang,
                    false);
            Path parentDir = out.toAbsolutePath().getParent();
            if (parentDir != null) {
                Files.createDirectories(parentDir);
            }
            Files.writeString(out, html, StandardCharsets.UTF_8);
            System.out.println("report written to " + out);
            return 0;
        } catch (ParameterException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
