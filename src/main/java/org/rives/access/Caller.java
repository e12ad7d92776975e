package org.rives.access;

import java.time.Instant;
import java.util.List;

/**
 * Who is calling, once the token is checked: what the audit records and what the scope checks read.
 *
 * @param tokenId    the token's public id ({@value #LEGACY_TOKEN_ID} for the deprecated write token)
 * @param provider   the provider a provider token acts for; null for admin
 * @param connectors what the token may write: its own patterns, each also owned by the provider
 * @param expiresAt  when the token stops working, or null
 */
public record Caller(String tokenId, Role role, Provider provider, List<String> connectors, Instant expiresAt) {

    /** The audit's name for {@code rives.write-token}. */
    public static final String LEGACY_TOKEN_ID = "write-token";

    public static Caller admin(String tokenId, Instant expiresAt) {
        return new Caller(tokenId, Role.ADMIN, null, List.of(), expiresAt);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public String providerId() {
        return provider == null ? null : provider.id();
    }

    /** Admin writes anywhere; a provider token where both it and its provider say so. */
    public boolean mayWrite(String connector) {
        if (isAdmin()) {
            return true;
        }
        return provider != null && provider.owns(connector) && ConnectorPatterns.anyMatches(connectors, connector);
    }

    /** Short form for logs and errors: {@code token k7f3q9xa2b (hcp)}. */
    public String describe() {
        return "token " + tokenId + (provider == null ? " (admin)" : " (" + provider.id() + ")");
    }
}
