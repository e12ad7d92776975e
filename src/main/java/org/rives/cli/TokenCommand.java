package org.rives.cli;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.rives.access.AccessAdmin;
import org.rives.access.AccessFile;
import org.rives.access.IssuedToken;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rives token create|list|revoke}: the operator's tokens, in the access file beside the store.
 * Works whether or not a server runs (the server sees the change at its next request).
 */
@Command(name = "token", description = "Create, list and revoke upload tokens.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand extends AccessCommandGroup {

    /** {@code rives token create --provider hcp [--connectors …] [--expires 365d] [--label …]}, or {@code --admin}. */
    @Command(name = "create", description = "Create a token; it is printed once and kept nowhere.")
    static final class Create implements Callable<Integer> {

        @ParentCommand
        TokenCommand token;

        @Option(names = "--provider", description = "the provider the token acts for")
        String provider;

        @Option(names = "--admin", description = "an admin token: loads for any connector, manages providers")
        boolean admin;

        @Option(names = "--connectors", split = ",", description = "narrower than the provider's: ids or patterns")
        List<String> connectors = new ArrayList<>();

        @Option(names = "--expires", defaultValue = "365d",
                description = "90d, 2027-06-30 or never (default: ${DEFAULT-VALUE})")
        String expires;

        @Option(names = "--label", description = "a note for the listing (who holds it, what for)")
        String label;

        @Override
        public Integer call() {
            if (admin == (provider != null)) {
                System.err.println("name a provider (--provider hcp) or ask for an admin token (--admin)");
                return 2;
            }
            try {
                AccessFile file = token.accessFile();
                AccessAdmin access = token.admin();
                Instant expiresAt = Expiry.parse(expires, Clock.systemUTC());
                AccessAdmin.Created created = admin ? access.createAdminToken(expiresAt, label)
                        : access.createProviderToken(provider, connectors, expiresAt, label);
                print(created, file);
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }

        private static void print(AccessAdmin.Created created, AccessFile file) {
            IssuedToken issued = created.issued();
            System.out.println((issued.provider() == null ? "admin token" : "token for " + issued.provider()
                    + (issued.connectors().isEmpty() ? "" : ", connectors " + issued.connectors()))
                    + ", expires " + (issued.expiresAt() == null ? "never" : issued.expiresAt()) + ":");
            System.out.println();
            System.out.println("  " + created.token());
            System.out.println();
            System.out.println("It is shown this once: only a salted hash is kept (" + file.path() + "). Hand it over by a "
                    + "safe channel; the holder sends it as Authorization: Bearer <token>. Revoke it with: rives token "
                    + "revoke " + issued.id());
        }
    }

    /** {@code rives token list}: ids, scopes and states; never a token. */
    @Command(name = "list", description = "List tokens (ids, scope, expiry, state); tokens themselves are not kept.")
    static final class ListTokens implements Callable<Integer> {

        @ParentCommand
        TokenCommand token;

        @Option(names = "--provider", description = "only this provider's tokens")
        String provider;

        @Override
        public Integer call() {
            Instant now = Instant.now();
            String format = "%-12s %-8s %-14s %-28s %-20s %-20s %-8s %s%n";
            System.out.printf(format, "ID", "ROLE", "PROVIDER", "CONNECTORS", "CREATED", "EXPIRES", "STATE", "LABEL");
            for (IssuedToken t : token.accessFile().read().tokens()) {
                if (provider != null && !provider.equals(t.provider())) {
                    continue;
                }
                System.out.printf(format, t.id(), t.role().name().toLowerCase(), t.provider() == null ? "-" : t.provider(),
                        t.connectors().isEmpty() ? (t.provider() == null ? "any" : "all of the provider's")
                                : String.join(",", t.connectors()),
                        t.createdAt(), t.expiresAt() == null ? "never" : t.expiresAt(),
                        t.status(now).name().toLowerCase(), t.label() == null ? "" : t.label());
            }
            return 0;
        }
    }

    /** {@code rives token revoke ID}: the token stops working at the server's next request. */
    @Command(name = "revoke", description = "Revoke a token by its id; it stops working at once.")
    static final class Revoke implements Callable<Integer> {

        @ParentCommand
        TokenCommand token;

        @Parameters(index = "0", description = "the token's id (as token list shows it)")
        String id;

        @Override
        public Integer call() {
            if (token.admin().revoke(id)) {
                System.out.println("token " + id + " revoked");
                return 0;
            }
            System.err.println("no active token " + id + " (rives token list shows them)");
            return 2;
        }
    }
}
