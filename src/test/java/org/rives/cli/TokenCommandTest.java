package org.rives.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.CommandRun;

/** {@code rives provider …} and {@code rives token …} as the operator runs them; the store is never opened. */
class TokenCommandTest {

    static final Pattern TOKEN = Pattern.compile("rives_([a-z2-7]{10})_[0-9a-f]{64}");

    @TempDir
    Path dir;

    CommandRun run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = dir.resolve("rives.duckdb").toString();
        return CommandRun.of(all);
    }

    @Test
    void aTokenIsShownOnceKeptAsAHashListedByIdAndRevoked() throws Exception {
        CommandRun added = run("provider", "add", "bct", "--name", "Banque Centrale de Tunisie", "--connectors", "bct-tn-*");
        assertThat(added.exit()).isZero();
        assertThat(added.out()).contains("provider bct added: [bct-tn-*]");

        CommandRun created = run("token", "create", "--provider", "bct", "--expires", "30d", "--label", "BCT statistics");
        assertThat(created.exit()).as(created.err()).isZero();
        Matcher token = TOKEN.matcher(created.out());
        assertThat(token.find()).isTrue();
        assertThat(created.out()).contains("token for bct", "shown this once", "rives token revoke " + token.group(1));

        String file = Files.readString(dir.resolve("access.json"));
        assertThat(file).contains(token.group(1), "Banque Centrale de Tunisie").doesNotContain(token.group(),
                token.group().substring(17));
        assertThat(dir.resolve("rives.duckdb")).doesNotExist();

        CommandRun listed = run("token", "list");
        assertThat(listed.out()).contains(token.group(1), "provider", "bct", "active", "BCT statistics")
                .doesNotContain(token.group());

        assertThat(run("token", "revoke", token.group(1)).out()).contains("token " + token.group(1) + " revoked");
        assertThat(run("token", "list", "--provider", "bct").out()).contains("revoked");
        assertThat(run("token", "revoke", token.group(1)).exit()).isEqualTo(2);
    }

    @Test
    void mistakesAreOneLineAndExitTwo() {
        CommandRun unknown = run("token", "create", "--provider", "nobody");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).startsWith("no provider nobody").doesNotContain("\n", "Exception");
        CommandRun neither = run("token", "create");
        assertThat(neither.exit()).isEqualTo(2);
        CommandRun badExpiry = run("token", "create", "--admin", "--expires", "soon");
        assertThat(badExpiry.err().strip()).isEqualTo("--expires takes a number of days (90d), a date (2027-06-30) or never");
        CommandRun badProvider = run("provider", "add", "HCP Maroc", "--connectors", "hcp-*");
        assertThat(badProvider.exit()).isEqualTo(2);
        assertThat(badProvider.err()).contains("provider id");
    }

    @Test
    void anAdminTokenCanBeMadeWithoutAProvider() {
        CommandRun created = run("token", "create", "--admin", "--expires", "never", "--label", "operations");
        assertThat(created.out()).contains("admin token, expires never");
        assertThat(run("token", "list").out()).contains("admin", "any", "never");
    }
}
