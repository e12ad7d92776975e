package org.rives.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.harmonise.CatalogueLoader;
import org.rives.harmonise.DefinitionChecker;
import org.rives.system.RivesProperties;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rives validate}: checks every connector definition against the schema and the catalogue. It
 * reads the connectors, the catalogue and the samples only, never the store, so it runs beside a server.
 */
@Command(name = "validate", description = "Check every connector definition (schema, catalogue codes, samples).")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    RivesCommand parent;

    @Override
    public Integer call() {
        RivesProperties settings = parent.settingsOnly().rives();
        ConnectorRegistry registry = new ConnectorRegistry(Path.of(settings.connectorsDir()));
        DefinitionChecker checker = new DefinitionChecker(CatalogueLoader.load(), settings.homePath());
        int problems = 0;
        for (ConnectorRegistry.Problem problem : registry.problems()) {
            System.out.println("REFUSED " + problem);
            problems++;
        }
        for (ConnectorDefinition definition : registry.all()) {
            List<String> found = checker.check(definition);
            System.out.println((found.isEmpty() ? "OK      " : "INVALID ") + definition.id() + " ("
                    + definition.origin() + ")");
            found.forEach(problem -> System.out.println("        " + problem));
            problems += found.size();
        }
        System.out.println(registry.all().size() + " connector(s) read, " + problems + " problem(s)");
        return problems == 0 ? 0 : 1;
    }
}
