package org.rives.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Providers and tokens in the access file, and what the authenticator makes of them. */
class AccessAdminTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    AccessFile file() {
        return new AccessFile(dir.resolve("access.json"));
    }

    AccessAdmin admin(Instant at) {
        return new AccessAdmin(file(), Clock.fixed(at, ZoneOffset.UTC));
    }

    Authenticator authenticator(Instant at, String legacy) {
        return new Authenticator(file(), legacy, Clock.fixed(at, ZoneOffset.UTC));
    }

    @Test
    void theFileHoldsHashesNeverTokensAndOnlyItsOwnerCanReadIt() throws Exception {
        admin(NOW).putProvider(new Provider("hcp", "Haut-Commissariat au Plan", List.of("hcp-*")));
        AccessAdmin.Created created = admin(NOW).createProviderToken("hcp", List.of(), NOW.plus(Duration.ofDays(30)), "HCP");
        String content = Files.readString(dir.resolve("access.json"));
        assertThat(content).contains(created.issued().id(), created.issued().hash())
                .doesNotContain(created.token(), created.token().substring(17));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("access.json"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aProviderTokenWritesItsProvidersConnectorsOnly() {
        admin(NOW).putProvider(new Provider("hcp", null, List.of("hcp-*")));
        String token = admin(NOW).createProviderToken("hcp", List.of(), null, null).token();
        Caller caller = authenticator(NOW, null).authenticate("Bearer " + token);
        assertThat(caller.providerId()).isEqualTo("hcp");
        assertThat(caller.mayWrite("hcp-ma-etrangers")).isTrue();
        assertThat(caller.mayWrite("oc-maroc-mre")).isFalse();
    }

    @Test
    void aNarrowerTokenAndANarrowedProviderBothLimitTheScope() {
        admin(NOW).putProvider(new Provider("oc", null, List.of("oc-*")));
        String token = admin(NOW).createProviderToken("oc", List.of("oc-maroc-mre"), null, null).token();
        assertThat(authenticator(NOW, null).authenticate("Bearer " + token).mayWrite("oc-ma-transferts-pays")).isFalse();
        admin(NOW).putProvider(new Provider("oc", null, List.of("oc-ma-*")));
        assertThat(authenticator(NOW, null).authenticate("Bearer " + token).mayWrite("oc-maroc-mre")).isFalse();
        assertThatThrownBy(() -> admin(NOW).createProviderToken("oc", List.of("hcp-ma-etrangers"), null, null))
                .hasMessageContaining("not among oc's connectors");
    }

    @Test
    void revokedExpiredAndUnknownTokensAreRefusedWithTheirReason() {
        admin(NOW).putProvider(new Provider("bct", null, List.of("bct-*")));
        AccessAdmin.Created expiring = admin(NOW).createProviderToken("bct", List.of(), NOW.plus(Duration.ofDays(1)), null);
        AccessAdmin.Created revoked = admin(NOW).createProviderToken("bct", List.of(), null, null);
        assertThat(admin(NOW).revoke(revoked.issued().id())).isTrue();
        assertThat(admin(NOW).revoke(revoked.issued().id())).isFalse();
        Authenticator later = authenticator(NOW.plus(Duration.ofDays(2)), null);
        assertThatThrownBy(() -> later.authenticate("Bearer " + expiring.token())).hasMessageContaining("expired");
        assertThatThrownBy(() -> later.authenticate("Bearer " + revoked.token())).hasMessageContaining("revoked");
        assertThatThrownBy(() -> later.authenticate("Bearer " + TokenSecrets.mint().token()))
                .hasMessage("the token is not valid");
        assertThatThrownBy(() -> later.authenticate("Basic dXNlcjpwYXNz")).hasMessageContaining("Bearer");
    }

    @Test
    void removingAProviderRevokesItsTokens() {
        admin(NOW).putProvider(new Provider("ansade", null, List.of("ansade-*")));
        String token = admin(NOW).createProviderToken("ansade", List.of(), null, null).token();
        assertThat(admin(NOW).removeProvider("ansade")).isTrue();
        assertThatThrownBy(() -> authenticator(NOW, null).authenticate("Bearer " + token)).hasMessageContaining("revoked");
    }

    @Test
    void theDeprecatedWriteTokenIsAnAdmin() {
        Caller caller = authenticator(NOW, "legacy-secret").authenticate("Bearer legacy-secret");
        assertThat(caller.isAdmin()).isTrue();
        assertThat(caller.tokenId()).isEqualTo(Caller.LEGACY_TOKEN_ID);
        assertThat(caller.mayWrite("anything")).isTrue();
    }

    @Test
    void writesAreOffUntilATokenExists() {
        assertThatThrownBy(() -> authenticator(NOW, null).authenticate(null)).hasMessageContaining("uploads are off");
        admin(NOW).createAdminToken(null, "ops");
        assertThat(authenticator(NOW, null).writesEnabled()).isTrue();
        assertThatThrownBy(() -> authenticator(NOW, null).authenticate(null)).hasMessageContaining("needs a token");
    }

    @Test
    void aChangeByAnotherProcessIsSeenAtTheNextRead() {
        AccessFile server = file();
        assertThat(server.read().providers()).isEmpty();
        new AccessAdmin(new AccessFile(dir.resolve("access.json")), Clock.systemUTC())
                .putProvider(new Provider("istat", null, List.of("istat-*")));
        assertThat(server.read().provider("istat")).isPresent();
    }
}
