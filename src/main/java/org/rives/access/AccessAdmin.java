package org.rives.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What the operator (on the command line) and admin tokens (over HTTP) do with providers and tokens.
 * Tokens are created and revoked from the command line only: minting a credential takes a shell on the
 * server, not just a token.
 */
public final class AccessAdmin {

    /** A token just created: the text is shown once and kept nowhere. */
    public record Created(String token, IssuedToken issued) {
    }

    private final AccessFile file;
    private final Clock clock;

    public AccessAdmin(AccessFile file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public List<Provider> providers() {
        return file.read().providers();
    }

    /** Adds the provider, or replaces its name and connectors; returns whether it is new. */
    public boolean putProvider(Provider provider) {
        boolean existed = file.read().provider(provider.id()).isPresent();
        file.update(data -> data.withProvider(provider));
        return !existed;
    }

    /** Removes the provider and revokes its tokens; false when there was no such provider. */
    public boolean removeProvider(String id) {
        if (file.read().provider(id).isEmpty()) {
            return false;
        }
        file.update(data -> data.withoutProvider(id, clock.instant()));
        return true;
    }

    /**
     * A provider token, for all the provider's connectors or a narrower list of them.
     *
     * @param connectors ids or patterns, each of which must fall within the provider's; empty for all
     */
    public Created createProviderToken(String providerId, List<String> connectors, Instant expiresAt, String label) {
        Provider provider = file.read().provider(providerId).orElseThrow(() -> new IllegalArgumentException(
                "no provider " + providerId + " (rives provider add " + providerId + " --connectors …); known: "
                        + file.read().providers().stream().map(Provider::id).toList()));
        List<String> scope = connectors == null || connectors.isEmpty() ? List.of() : ConnectorPatterns.checked(connectors);
        for (String pattern : scope) {
            if (!pattern.contains("*") && !pattern.contains("?") && !provider.owns(pattern)) {
                throw new IllegalArgumentException(pattern + " is not among " + providerId + "'s connectors "
                        + provider.connectors());
            }
        }
        return create(Role.PROVIDER, providerId, scope, expiresAt, label);
    }

    public Created createAdminToken(Instant expiresAt, String label) {
        return create(Role.ADMIN, null, List.of(), expiresAt, label);
    }

    private Created create(Role role, String provider, List<String> connectors, Instant expiresAt, String label) {
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("the expiry " + expiresAt + " is already past");
        }
        TokenSecrets.Minted minted = TokenSecrets.mint();
        IssuedToken issued = new IssuedToken(minted.id(), role, provider, connectors, label, now, expiresAt, null,
                minted.salt(), minted.hash());
        file.update(data -> data.withToken(issued));
        return new Created(minted.token(), issued);
    }

    public List<IssuedToken> tokens() {
        return file.read().tokens();
    }

    /** Revokes a token by its id; false when no such token is active. */
    public boolean revoke(String id) {
        IssuedToken token = file.read().token(id).orElse(null);
        if (token == null || token.revokedAt() != null) {
            return false;
        }
        file.update(data -> data.withRevoked(id, clock.instant()));
        return true;
    }
}
