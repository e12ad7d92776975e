package org.rives.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns an {@code Authorization: Bearer …} header into a {@link Caller}, or refuses it with a reason the
 * holder can act on. Reasons that tell a token's state (revoked, expired) are given only once its secret
 * has matched: someone guessing learns nothing but "not valid".
 */
public final class Authenticator {

    /** Verified against when the id is unknown, so that an unknown id costs what a wrong secret costs. */
    private static final TokenSecrets.Minted DECOY = TokenSecrets.mint();

    private final AccessFile file;
    private final String legacyToken;
    private final Clock clock;

    /** @param legacyToken the deprecated {@code rives.write-token}, an admin token; null when unset */
    public Authenticator(AccessFile file, String legacyToken, Clock clock) {
        this.file = file;
        this.legacyToken = legacyToken;
        this.clock = clock;
    }

    /** Whether any token could be accepted now; while none can, writes are off. */
    public boolean writesEnabled() {
        return legacyToken != null || file.read().anyActive(clock.instant());
    }

    public Caller authenticate(String header) {
        if (header == null || header.isBlank()) {
            if (!writesEnabled()) {
                throw AccessException.forbidden("uploads are off on this server: no token has been created yet "
                        + "(the operator runs rives token create)");
            }
            throw AccessException.unauthorized("this needs a token: send it as Authorization: Bearer <token>");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw AccessException.unauthorized("the Authorization header must read Bearer <token>");
        }
        String token = header.substring(7).strip();
        if (legacyToken != null && TokenSecrets.sameSecret(token, legacyToken)) {
            return Caller.admin(Caller.LEGACY_TOKEN_ID, null);
        }
        return issued(token);
    }

    private Caller issued(String token) {
        Optional<String> id = TokenSecrets.idOf(token);
        AccessData data = file.read();
        Optional<IssuedToken> found = id.flatMap(data::token);
        if (found.isEmpty()) {
            TokenSecrets.verify(token, DECOY.salt(), DECOY.hash());
            throw AccessException.unauthorized("the token is not valid");
        }
        IssuedToken issued = found.get();
        if (!TokenSecrets.verify(token, issued.salt(), issued.hash())) {
            throw AccessException.unauthorized("the token is not valid");
        }
        Instant now = clock.instant();
        switch (issued.status(now)) {
            case REVOKED -> throw AccessException.unauthorized("token " + issued.id() + " was revoked on "
                    + issued.revokedAt() + "; ask the operator for a new one");
            case EXPIRED -> throw AccessException.unauthorized("token " + issued.id() + " expired on "
                    + issued.expiresAt() + "; ask the operator for a new one");
            case ACTIVE -> { }
        }
        if (issued.role() == Role.ADMIN) {
            return Caller.admin(issued.id(), issued.expiresAt());
        }
        Provider provider = data.provider(issued.provider()).orElseThrow(() -> AccessException.unauthorized(
                "token " + issued.id() + " belongs to provider " + issued.provider() + ", which no longer exists"));
        return new Caller(issued.id(), Role.PROVIDER, provider,
                issued.connectors().isEmpty() ? provider.connectors() : issued.connectors(), issued.expiresAt());
    }
}
