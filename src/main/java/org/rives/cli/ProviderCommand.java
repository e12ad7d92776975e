package org.rives.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.rives.access.Provider;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rives provider add|list|remove}: the observatories and publishers that upload, and their connectors. */
@Command(name = "provider", description = "Add, list and remove providers (who may upload for which connectors).",
        subcommands = {ProviderCommand.Add.class, ProviderCommand.ListProviders.class, ProviderCommand.Remove.class})
final class ProviderCommand extends AccessCommandGroup {

    /** {@code rives provider add hcp --name "…" --connectors 'hcp-*'}: adds, or replaces name and connectors. */
    @Command(name = "add", description = "Add a provider, or change its name and connectors.")
    static final class Add implements Callable<Integer> {

        @ParentCommand
        ProviderCommand providers;

        @Parameters(index = "0", description = "short id: hcp, oc-ma, ine-es")
        String id;

        @Option(names = "--name", description = "the institution's name")
        String name;

        @Option(names = "--connectors", split = ",", required = true,
                description = "connector ids or patterns it owns: hcp-ma-etrangers,oc-ma-*")
        List<String> connectors;

        @Override
        public Integer call() {
            try {
                boolean added = providers.admin().putProvider(new Provider(id, name, connectors));
                System.out.println("provider " + id + (added ? " added" : " updated") + ": " + connectors);
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "list", description = "List providers and their connectors.")
    static final class ListProviders implements Callable<Integer> {

        @ParentCommand
        ProviderCommand providers;

        @Override
        public Integer call() {
            for (Provider provider : providers.admin().providers()) {
                System.out.printf("%-14s %-50s %s%n", provider.id(), provider.name(), String.join(",", provider.connectors()));
            }
            return 0;
        }
    }

    /** {@code rives provider remove hcp}: also revokes its tokens. */
    @Command(name = "remove", description = "Remove a provider and revoke its tokens.")
    static final class Remove implements Callable<Integer> {

        @ParentCommand
        ProviderCommand providers;

        @Parameters(index = "0", description = "the provider's id")
        String id;

        @Override
        public Integer call() {
            if (providers.admin().removeProvider(id)) {
                System.out.println("provider " + id + " removed, its tokens revoked");
                return 0;
            }
            System.err.println("no provider " + id);
            return 2;
        }
    }
}
