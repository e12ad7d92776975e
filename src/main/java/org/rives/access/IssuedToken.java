package org.rives.access;

import java.time.Instant;
import java.util.List;

/**
 * A token as the access file keeps it: who holds it, what it may do, until when, and the salted hash
 * of its secret (never the token itself).
 *
 * @param provider   the provider it acts for; null for an admin token
 * @param connectors the connectors it may write, within its provider's (all of them when created
 *                   without a narrower list); empty for an admin token, which may write any
 * @param expiresAt  null for a token that does not expire (admin tokens for automation, by choice)
 * @param revokedAt  set by {@code rives token revoke}; the entry stays, for the audit
 */
public record IssuedToken(String id, Role role, String provider, List<String> connectors, String label,
                          Instant createdAt, Instant expiresAt, Instant revokedAt, String salt, String hash) {

    /** Whether the token can be used now, and if not, why. */
    public enum Status { ACTIVE, EXPIRED, REVOKED }

    public IssuedToken {
        connectors = connectors == null ? List.of() : List.copyOf(connectors);
    }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? Status.EXPIRED : Status.ACTIVE;
    }

    IssuedToken revoked(Instant at) {
        return new IssuedToken(id, role, provider, connectors, label, createdAt, expiresAt, at, salt, hash);
    }
}
